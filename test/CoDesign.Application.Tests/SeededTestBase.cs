using CoDesign.Application.Persistence;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application.Tests;

/// <summary>
/// A seeded SQLite copy and the application wired on it, fresh for every test (xunit builds a new
/// instance per test), so tests that write never see each other's rows.
/// </summary>
public abstract class SeededTestBase : IAsyncLifetime
{
    private TestDatabase? _database;
    private TestServices? _services;

    protected TestServices Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _database = await Databases.CreateSeededAsync(DatabaseProvider.Sqlite);
        await UseWriteAheadLogAsync(_database.ConnectionString);
        _services = TestServices.Create(_database.Provider, _database.ConnectionString, Configure);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>
    /// The template is kept in rollback-journal mode so that a copy is one file; the app runs SQLite
    /// in WAL (DatabaseMigrator), so the copy is switched back. In rollback mode an autocommit
    /// UPDATE … RETURNING that meets a reader fails with SQLITE_BUSY from sqlite3_reset, which
    /// Microsoft.Data.Sqlite does not retry (dotnet/efcore#36295), and concurrent tests would flake.
    /// </summary>
    private static async Task UseWriteAheadLogAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        (await command.ExecuteScalarAsync())?.ToString().ShouldBe("wal");
    }

    /// <summary>Replaces services before the provider is built (e.g. a fake mail transport).</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    protected Task<T> DbAsync<T>(Func<ICoDesignDbContext, Task<T>> query) =>
        Services.RunAsync(sp => query(sp.GetRequiredService<ICoDesignDbContext>()));

    protected Task DbAsync(Func<ICoDesignDbContext, Task> action) =>
        Services.RunAsync(sp => action(sp.GetRequiredService<ICoDesignDbContext>()));

    protected Task<Guid> UserIdAsync(string email) =>
        DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    protected Task<Guid> CityIdAsync(string slug) =>
        DbAsync(db => db.Cities.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
}
