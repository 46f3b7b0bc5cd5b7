namespace CoDesign.Web.Jobs;

/// <summary>The recurring jobs' ids; also the names their runs are recorded under (JobRuns) and shown by.</summary>
public static class JobIds
{
    public const string DigestPrefix = "digests.city-";
    public const string CoordinatorSummary = "digests.coordinator-summary";
    public const string Retention = "system.retention";
    public const string ScheduleSync = "system.schedule-sync";
    public const string WorkshopReminders = "workshops.reminders";

    /// <summary>Not a recurring job: a loop on every node's Hangfire server (OutboxDeliveryProcess).</summary>
    public const string OutboxDelivery = "mail.outbox-delivery";

    public static string CityDigest(string slug) => DigestPrefix + slug;

    /// <summary>The city a digest job id names, or null for any other job.</summary>
    public static string? CityOf(string id) =>
        id.StartsWith(DigestPrefix, StringComparison.Ordinal) ? id[DigestPrefix.Length..] : null;

    /// <summary>The text key of a job's name (the part after the dot), e.g. "Jobs.Name.retention".</summary>
    public static string NameKey(string id) => "Jobs.Name." + id[(id.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
