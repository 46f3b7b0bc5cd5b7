namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>
/// The tables of the job store of the scheduler used before Hangfire (docs/adr/0008, 0010). Migration 20261123060000_Digests created them on databases made before then;
/// 20261207000000_RetireOldJobStore drops them. Hangfire's own tables are not EF's: the migrate command
/// installs them.
/// </summary>
public static class RetiredJobStoreSchema
{
    public const string PostgresSchema = "quartz";

    public static IReadOnlyList<string> DropStatements(bool postgres) =>
        postgres
            ? [$"DROP SCHEMA IF EXISTS {PostgresSchema} CASCADE"]
            : new[] { "JOB_STATUS", "MISFIRE_HISTORY", "EXECUTION_HISTORY", "LOCKS", "SCHEDULER_STATE", "FIRED_TRIGGERS", "PAUSED_JOB_GRPS", "PAUSED_TRIGGER_GRPS", "CALENDARS",
               "BLOB_TRIGGERS", "SIMPROP_TRIGGERS", "CRON_TRIGGERS", "SIMPLE_TRIGGERS", "TRIGGERS", "JOB_DETAILS" }.Select(t => $"DROP TABLE IF EXISTS QRTZ_{t}").ToList();
}
