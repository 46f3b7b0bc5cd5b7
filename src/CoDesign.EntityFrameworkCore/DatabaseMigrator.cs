using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace CoDesign.EntityFrameworkCore;

/// <summary>
/// Applies the provider's scaffolded migrations and reports what is pending. A database made by
/// the hand-written migrations of ADR 0003 is adopted first: when its history ends with
/// <see cref="LastLegacyMigrationId"/> its schema is the Baseline's, so the Baseline is recorded as
/// applied (in one transaction) and only later migrations run. A database with an older legacy
/// history is refused: install the last release of the legacy history first (ADR 0012).
/// </summary>
public sealed partial class DatabaseMigrator(CoDesignDbContext db, ResolvedConnection connection, ILogger<DatabaseMigrator> logger)
{
    /// <summary>The last hand-written migration (ADR 0003); its schema equals the Baseline's.</summary>
    public const string LastLegacyMigrationId = "20261207020000_Workshops";

    /// <summary>The name (after the timestamp) of each provider's first scaffolded migration.</summary>
    public const string BaselineName = "Baseline";

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await AdoptLegacyHistoryAsync(cancellationToken).ConfigureAwait(false);
        var pending = await GetPendingAsync(cancellationToken).ConfigureAwait(false);
        LogMigrating(logger, connection.Provider, pending.Count);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers and the single writer work at once; it is a property of the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The id of the provider's Baseline migration.</summary>
    public string BaselineId =>
        db.Database.GetMigrations().First(id => id.EndsWith("_" + BaselineName, StringComparison.Ordinal));

    /// <summary>Pending migrations; asks whether the history table exists first, so a new database logs no failed query.</summary>
    public async Task<IReadOnlyList<string>> GetPendingAsync(CancellationToken cancellationToken = default)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return db.Database.GetMigrations().ToList();
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.MigrationId).ToHashSet(StringComparer.Ordinal);
        if (applied.Contains(LastLegacyMigrationId))
        {
            applied.Add(BaselineId);
        }

        return db.Database.GetMigrations().Where(id => !applied.Contains(id)).ToList();
    }

    private async Task AdoptLegacyHistoryAsync(CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.MigrationId).ToHashSet(StringComparer.Ordinal);
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if (applied.Count == 0 || applied.Overlaps(known))
        {
            return;
        }

        if (!applied.Contains(LastLegacyMigrationId))
        {
            throw new InvalidOperationException(
                $"The {connection.Provider} database was made by an older CoDesign release (its last migration is {applied.Max(StringComparer.Ordinal)}). "
                + $"Run the `migrate` command of the last release with hand-written migrations (ending in {LastLegacyMigrationId}) first, then this one.");
        }

        var baseline = BaselineId;
        LogAdopting(logger, connection.Provider, baseline);
        var insert = history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion()));
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await db.Database.ExecuteSqlRawAsync(insert, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating the {Provider} database: {Count} migration(s) pending.")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Adopting the {Provider} database made by the hand-written migrations: recording {Baseline} as applied.")]
    private static partial void LogAdopting(ILogger logger, DatabaseProvider provider, string baseline);
}
