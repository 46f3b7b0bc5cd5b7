using System.ComponentModel;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Domain.MultiTenancy;
using Hangfire;
using Hangfire.Server;

namespace CoDesign.Web.Jobs;

/// <summary>
/// One city's digest run, at the city's digest time. Retrying is safe: each digest has a unique
/// key (kind, city, person, period), so a retried or duplicated run queues nothing twice.
/// </summary>
public sealed class CityDigestJob(DigestHandler handler, ICurrentTenant tenant, ICoDesignDbContext db, TimeProvider clock, ILogger<CityDigestJob> logger)
    : RecordedJob(db, clock, logger)
{
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisplayName("Digest: {1}")]
    public Task RunAsync(Guid cityId, string slug, PerformContext? context, CancellationToken cancellationToken) =>
        RecordAsync(JobIds.CityDigest(slug), context, async ct =>
        {
            using (tenant.Change(cityId, slug))
            {
                return (await handler.RunCityAsync(ScheduledUtc(context), ct).ConfigureAwait(false)).ToString();
            }
        }, cancellationToken);
}

/// <summary>The coordinators' weekly cross-city summary (exactly once per coordinator and week, by its key).</summary>
public sealed class CoordinatorDigestJob(CoordinatorDigestHandler handler, ICoDesignDbContext db, TimeProvider clock, ILogger<CoordinatorDigestJob> logger)
    : RecordedJob(db, clock, logger)
{
    [AutomaticRetry(Attempts = 5, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisplayName("Coordinators' weekly summary")]
    public Task RunAsync(PerformContext? context, CancellationToken cancellationToken) =>
        RecordAsync(JobIds.CoordinatorSummary, context, async ct => (await handler.RunAsync(ScheduledUtc(context), ct).ConfigureAwait(false)).ToString(), cancellationToken);
}

/// <summary>
/// Keeps the city digest schedules in step with the city settings (new, changed and closed cities).
/// Housekeeping every few minutes: its runs are Hangfire's to show, not a JobRuns row each.
/// </summary>
public sealed class ScheduleSyncJob(DigestScheduleSync sync)
{
    // The next run in a few minutes is the retry.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [DisplayName("Digest schedule sync")]
    public async Task<string> RunAsync(CancellationToken cancellationToken) =>
        (await sync.SyncAsync(cancellationToken).ConfigureAwait(false)).ToString();
}

/// <summary>Deletes notifications, mail log and job records past their retention period (nightly; deleting again is harmless).</summary>
public sealed class RetentionJob(RetentionHandler handler, ICoDesignDbContext db, TimeProvider clock, ILogger<RetentionJob> logger)
    : RecordedJob(db, clock, logger)
{
    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisplayName("Retention")]
    public Task RunAsync(PerformContext? context, CancellationToken cancellationToken) =>
        RecordAsync(JobIds.Retention, context, async ct => (await handler.RunAsync(ct).ConfigureAwait(false)).ToString(), cancellationToken);
}

/// <summary>
/// The day-before reminders of workshops, across cities (each once, by its key and the
/// registration's stamp). Every few minutes: its runs are Hangfire's to show, like the schedule sync.
/// </summary>
public sealed class WorkshopRemindersJob(Application.Workshops.WorkshopReminderHandler handler)
{
    // The next run in a few minutes is the retry.
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [DisplayName("Workshop reminders")]
    public async Task<string> RunAsync(CancellationToken cancellationToken) =>
        (await handler.RunAsync(cancellationToken).ConfigureAwait(false)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
