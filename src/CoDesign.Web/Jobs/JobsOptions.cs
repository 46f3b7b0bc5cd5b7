namespace CoDesign.Web.Jobs;

/// <summary>The "Jobs" section: this node's Hangfire server and the recurring jobs' schedules.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Off on a node that should run no jobs (the other nodes then do); it still schedules and serves the dashboard.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Hangfire workers on this node (jobs run at once on one node).</summary>
    public int WorkerCount { get; set; } = 4;

    /// <summary>How often the outbox is checked for mail that is due (on every node that runs jobs).</summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often this node's workers look for queued jobs and due recurring jobs.</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A job fetched by a node that then stops answering becomes visible to the other nodes after
    /// this long. The running node keeps extending it (sliding), so a long digest is never taken twice.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When the city digest schedules are compared with the city settings (cron, Europe/Helsinki).</summary>
    public string ScheduleSyncCron { get; set; } = "*/5 * * * *";

    /// <summary>When the coordinators' weekly summary goes out (cron, seconds optional, Europe/Helsinki).</summary>
    public string CoordinatorSummaryCron { get; set; } = "0 7 * * MON";

    /// <summary>When old notifications, mail log and job records are deleted (cron, Europe/Helsinki).</summary>
    public string RetentionCron { get; set; } = "30 3 * * *";

    /// <summary>How often the workshop reminders (the day before, from 09:00) are looked for (cron, Europe/Helsinki).</summary>
    public string WorkshopRemindersCron { get; set; } = "*/10 * * * *";

    /// <summary>Hangfire's PostgreSQL schema (created by the migrate command).</summary>
    public string Schema { get; set; } = "hangfire";

    /// <summary>Embedded mode: the Hangfire SQLite file; empty means beside the application database, with ".jobs" in its name.</summary>
    public string? SqlitePath { get; set; }
}
