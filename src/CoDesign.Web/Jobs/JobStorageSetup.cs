using CoDesign.EntityFrameworkCore;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CoDesign.Web.Jobs;

/// <summary>
/// Hangfire's storage for the database in force. Server mode: PostgreSQL, in the application
/// database's own "hangfire" schema, which the migrate command creates (a node never changes the
/// schema at start, so several nodes never race). Embedded mode: a SQLite file beside the
/// application database that keeps jobs across a restart (docs/adr/0010).
/// </summary>
public static class JobStorageSetup
{
    public static JobStorage Create(ResolvedConnection database, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        return database.Provider switch
        {
            DatabaseProvider.PostgreSql => PostgresStorage(database.ConnectionString, PostgresOptions(options)),
            DatabaseProvider.Sqlite => new SQLiteStorage(SqlitePath(database, options), new SQLiteStorageOptions
            {
                QueuePollInterval = options.PollingInterval,
                InvisibilityTimeout = options.InvisibilityTimeout,
                JournalMode = SQLiteStorageOptions.JournalModes.WAL,
            }),
            DatabaseProvider.SqlServer => new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
            {
                SchemaName = options.Schema,
                PrepareSchemaIfNecessary = false,
                QueuePollInterval = options.PollingInterval,
                SlidingInvisibilityTimeout = options.InvisibilityTimeout,
            }),
            _ => throw new NotSupportedException($"No Hangfire storage for {database.Provider}."),
        };
    }

    /// <summary>Creates or upgrades Hangfire's tables (the migrate command, and the embedded mode's start).</summary>
    public static async Task InstallAsync(ResolvedConnection database, JobsOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var connection = new NpgsqlConnection(database.ConnectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

                // The installer takes an advisory lock itself, so two migrate commands at once are safe.
                PostgreSqlObjectsInstaller.Install(connection, options.Schema);
            }
        }
        else if (database.Provider == DatabaseProvider.SqlServer)
        {
            var connection = new SqlConnection(database.ConnectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

                // Hangfire's installer takes an application lock itself, as the PostgreSQL one does.
                SqlServerObjectsInstaller.Install(connection, options.Schema);
            }
        }
        else
        {
            // The SQLite storage makes its tables when it is first opened.
            using var storage = (SQLiteStorage)Create(database, options);
        }
    }

    /// <summary>Whether the storage's tables are there (readiness): the schema version table on PostgreSQL.</summary>
    public static async Task<bool> IsInstalledAsync(ResolvedConnection database, JobsOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            var sql = new SqlConnection(database.ConnectionString);
            await using (sql.ConfigureAwait(false))
            {
                await sql.OpenAsync(cancellationToken).ConfigureAwait(false);
                var check = new SqlCommand("SELECT CASE WHEN OBJECT_ID(@table) IS NULL THEN 0 ELSE 1 END", sql);
                await using (check.ConfigureAwait(false))
                {
                    check.Parameters.AddWithValue("@table", $"[{options.Schema}].[Schema]");
                    return await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is 1;
                }
            }
        }

        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return true;
        }

        var connection = new NpgsqlConnection(database.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.AddWithValue("table", options.Schema + ".schema");
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
            }
        }
    }

    private static PostgreSqlStorage PostgresStorage(string connectionString, PostgreSqlStorageOptions options) =>
        new(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString, options, null), options);

    private static PostgreSqlStorageOptions PostgresOptions(JobsOptions options) => new()
    {
        SchemaName = options.Schema,
        PrepareSchemaIfNecessary = false,
        QueuePollInterval = options.PollingInterval,
        InvisibilityTimeout = options.InvisibilityTimeout,

        // A live worker keeps extending its claim, so only a dead node's job is taken over.
        UseSlidingInvisibilityTimeout = true,
        DistributedLockTimeout = TimeSpan.FromMinutes(1),
    };

    private static string SqlitePath(ResolvedConnection database, JobsOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            return options.SqlitePath;
        }

        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".jobs" + Path.GetExtension(file));
    }
}
