using System.Globalization;
using CoDesign.Application.Seeding;
using CoDesign.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoDesign.TestBase;

/// <summary>
/// Test databases on the real providers. A seeded template (migrations + reference data + demo
/// content) is built once per test process; each test class gets a copy (PostgreSQL: CREATE
/// DATABASE … TEMPLATE, SQLite: a file copy), which takes milliseconds.
/// </summary>
public static class Databases
{
    public const string DemoPassword = "Test-password-2026";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly string RunId = $"{Environment.ProcessId}_{DateTime.UtcNow:HHmmssfff}";
    private static string? _postgresTemplate;
    private static string? _sqliteTemplate;
    private static int _counter;

    public static async Task<TestDatabase> CreateSeededAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            var template = await PostgresTemplateAsync().ConfigureAwait(false);
            return await CreatePostgresAsync(template).ConfigureAwait(false);
        }

        var file = await SqliteTemplateAsync().ConfigureAwait(false);
        var copy = NewSqlitePath();
        File.Copy(file, copy);
        return SqliteDatabase(copy);
    }

    /// <summary>A database with no schema at all, for migration tests.</summary>
    public static Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? CreatePostgresAsync(null) : Task.FromResult(SqliteDatabase(NewSqlitePath()));

    public static string NewName(string prefix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}_{RunId}_{Interlocked.Increment(ref _counter)}");

    private static TestDatabase SqliteDatabase(string path) =>
        new(DatabaseProvider.Sqlite, $"Data Source={path}", () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                if (File.Exists(f))
                {
                    File.Delete(f);
                }
            }

            return Task.CompletedTask;
        });

    private static string NewSqlitePath()
    {
        var dir = Path.Combine(Path.GetTempPath(), "codesign-tests");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, NewName("db") + ".db");
    }

    private static async Task<TestDatabase> CreatePostgresAsync(string? template)
    {
        var name = NewName("t");
        var admin = TestEnvironment.PostgresAdminConnectionString;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var sql = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 250 }.ConnectionString;
        return new TestDatabase(DatabaseProvider.PostgreSql, cs, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        });
    }

    private static async Task<string> PostgresTemplateAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_postgresTemplate is not null)
            {
                return _postgresTemplate;
            }

            var db = await CreatePostgresAsync(null).ConfigureAwait(false);
            await SeedAsync(db).ConfigureAwait(false);
            NpgsqlConnection.ClearAllPools();
            _postgresTemplate = new NpgsqlConnectionStringBuilder(db.ConnectionString).Database!;
            return _postgresTemplate;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> SqliteTemplateAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_sqliteTemplate is not null)
            {
                return _sqliteTemplate;
            }

            var path = NewSqlitePath();
            var db = SqliteDatabase(path);
            await SeedAsync(db).ConfigureAwait(false);

            // The seeding connections still sit in the pool; switching the journal mode needs them closed.
            SqliteConnection.ClearAllPools();
            await using (var connection = new SqliteConnection(db.ConnectionString))
            {
                await connection.OpenAsync().ConfigureAwait(false);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=DELETE;";
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            SqliteConnection.ClearAllPools();
            _sqliteTemplate = path;
            return path;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task SeedAsync(TestDatabase db)
    {
        await using var services = TestServices.Create(db.Provider, db.ConnectionString);
        services.Clock.Set(DateTimeOffset.UtcNow);
        await services.RunAsync(async sp =>
        {
            await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync().ConfigureAwait(false);
            if (db.Provider == DatabaseProvider.PostgreSql)
            {
                // As the migrate command does: Hangfire's schema, so that every test database has it.
                await CoDesign.Web.Jobs.JobStorageSetup.InstallAsync(new ResolvedConnection(db.Provider, db.ConnectionString), new CoDesign.Web.Jobs.JobsOptions()).ConfigureAwait(false);
            }

            await sp.GetRequiredService<ReferenceDataSeeder>().SeedAsync().ConfigureAwait(false);
            await sp.GetRequiredService<DemoDataSeeder>().SeedAsync(DemoPassword).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }
}
