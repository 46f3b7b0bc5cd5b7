using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace CoDesign.EntityFrameworkCore;

/// <summary>Applies the hand-written migrations and reports what is pending.</summary>
public sealed partial class DatabaseMigrator(CoDesignDbContext db, ResolvedConnection connection, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = await GetPendingAsync(cancellationToken).ConfigureAwait(false);
        LogMigrating(logger, connection.Provider, pending.Count);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers and the single writer work at once; it is a property of the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Pending migrations; asks whether the history table exists first, so a new database logs no failed query.</summary>
    public async Task<IReadOnlyList<string>> GetPendingAsync(CancellationToken cancellationToken = default)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return db.Database.GetMigrations().ToList();
        }

        return (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating the {Provider} database: {Count} migration(s) pending.")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, int count);
}
