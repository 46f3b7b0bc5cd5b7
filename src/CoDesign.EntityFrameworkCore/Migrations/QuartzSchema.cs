namespace CoDesign.EntityFrameworkCore.Migrations;

/// <summary>
/// The tables of Quartz.NET's ADO job store. They are no part of the EF model, but our migrations
/// create them, so a node never needs Quartz's scripts run by hand. The DDL is the one the Quartz
/// assembly we run ships for exactly its own version (its "create if missing" script), with our
/// table prefix: on PostgreSQL a schema of its own ("quartz"), on SQLite the QRTZ_ prefix.
/// Upgrading Quartz means a new migration that runs the new version's script (see docs/adr/0008).
/// </summary>
public static class QuartzSchema
{
    public const string PostgresSchema = "quartz";
    private const string Separator = "--;;";

    /// <summary>Quartz's table prefix for each provider.</summary>
    public static string TablePrefix(bool postgres) => postgres ? PostgresSchema + ".qrtz_" : "QRTZ_";

    /// <summary>The statements that create the job store's tables, in order.</summary>
    public static IReadOnlyList<string> CreateStatements(bool postgres)
    {
        var resource = postgres ? "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql" : "Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql";
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Quartz assembly no longer ships {resource}; see docs/adr/0008.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();
        var prefix = TablePrefix(postgres);
        var bare = postgres ? "qrtz_" : "QRTZ_";
        var statements = new List<string>();
        if (postgres)
        {
            statements.Add($"CREATE SCHEMA IF NOT EXISTS {PostgresSchema}");
        }

        // Statements are separated by a line that reads exactly "--;;"; other comment lines are dropped.
        var current = new List<string>();
        foreach (var line in script.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Append(Separator))
        {
            if (line.Trim() == Separator)
            {
                var sql = string.Join('\n', current).Trim();
                if (sql.Length > 0)
                {
                    statements.Add(sql.Replace("{0}", prefix, StringComparison.Ordinal).Replace("{1}", bare, StringComparison.Ordinal));
                }

                current.Clear();
            }
            else if (!line.TrimStart().StartsWith("--", StringComparison.Ordinal))
            {
                current.Add(line);
            }
        }

        return statements;
    }

    public static IReadOnlyList<string> DropStatements(bool postgres) =>
        postgres
            ? [$"DROP SCHEMA IF EXISTS {PostgresSchema} CASCADE"]
            : new[] { "JOB_STATUS", "MISFIRE_HISTORY", "EXECUTION_HISTORY", "LOCKS", "SCHEDULER_STATE", "FIRED_TRIGGERS", "PAUSED_JOB_GRPS", "PAUSED_TRIGGER_GRPS", "CALENDARS",
               "BLOB_TRIGGERS", "SIMPROP_TRIGGERS", "CRON_TRIGGERS", "SIMPLE_TRIGGERS", "TRIGGERS", "JOB_DETAILS" }.Select(t => $"DROP TABLE IF EXISTS QRTZ_{t}").ToList();
}
