using System.Globalization;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Domain.MultiTenancy;
using Quartz;

namespace CoDesign.Web.Jobs;

/// <summary>Sends the outbox mail that is due with a few parallel workers (retries with back-off are the handler's).</summary>
public sealed class OutboxDeliveryJob(IServiceScopeFactory scopes, OutboxDeliveryOptions options, ICoDesignDbContext db, TimeProvider clock, ILogger<OutboxDeliveryJob> logger)
    : RecordedJob(db, clock, logger)
{
    public static readonly JobKey Key = new("outbox-delivery", "mail");

    protected override bool RecordsIdleRuns => false;

    protected override async Task<string?> RunAsync(IJobExecutionContext context)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Parallelism)).Select(_ => DrainAsync(context.CancellationToken)));
        int sent = results.Sum(r => r.Sent), retrying = results.Sum(r => r.Retrying), failed = results.Sum(r => r.Failed);
        return sent + retrying + failed == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{sent} sent, {retrying} to retry, {failed} failed for good");
    }

    /// <summary>One worker with its own scope (its own DbContext) sends until nothing is due.</summary>
    private async Task<DeliveryResult> DrainAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<OutboxDeliveryHandler>();
        int sent = 0, retrying = 0, failed = 0;
        DeliveryResult round;
        do
        {
            round = await handler.DeliverDueAsync(cancellationToken).ConfigureAwait(false);
            sent += round.Sent;
            retrying += round.Retrying;
            failed += round.Failed;
        }
        while (round.Total > 0 && !cancellationToken.IsCancellationRequested);

        return new DeliveryResult(sent, retrying, failed);
    }
}

/// <summary>One city's digest run, at the city's digest time.</summary>
public sealed class CityDigestJob(DigestHandler handler, ICurrentTenant tenant, ICoDesignDbContext db, TimeProvider clock, ILogger<CityDigestJob> logger)
    : RecordedJob(db, clock, logger)
{
    public const string Group = "digests";

    public static JobKey KeyFor(string slug) => new("city-" + slug, Group);

    protected override async Task<string?> RunAsync(IJobExecutionContext context)
    {
        var map = context.MergedJobDataMap;
        var cityId = Guid.Parse(map.GetString(CityIdKey)!);
        using (tenant.Change(cityId, map.GetString(CitySlugKey)))
        {
            var result = await handler.RunCityAsync(ScheduledUtc(context), context.CancellationToken).ConfigureAwait(false);
            return result.ToString();
        }
    }
}

/// <summary>The coordinators' weekly cross-city summary.</summary>
public sealed class CoordinatorDigestJob(CoordinatorDigestHandler handler, ICoDesignDbContext db, TimeProvider clock, ILogger<CoordinatorDigestJob> logger)
    : RecordedJob(db, clock, logger)
{
    public static readonly JobKey Key = new("coordinator-summary", CityDigestJob.Group);

    protected override async Task<string?> RunAsync(IJobExecutionContext context) =>
        (await handler.RunAsync(ScheduledUtc(context), context.CancellationToken).ConfigureAwait(false)).ToString();
}

/// <summary>Keeps the city digest triggers in step with the city settings (new cities, changed times).</summary>
public sealed class ScheduleSyncJob(DigestScheduleSync sync, ICoDesignDbContext db, TimeProvider clock, ILogger<ScheduleSyncJob> logger)
    : RecordedJob(db, clock, logger)
{
    public static readonly JobKey Key = new("schedule-sync", "system");

    protected override bool RecordsIdleRuns => false;

    protected override async Task<string?> RunAsync(IJobExecutionContext context)
    {
        await sync.SyncAsync(context.CancellationToken).ConfigureAwait(false);
        return null;
    }
}

/// <summary>Deletes notifications, mail log and job records past their retention period (nightly).</summary>
public sealed class RetentionJob(RetentionHandler handler, ICoDesignDbContext db, TimeProvider clock, ILogger<RetentionJob> logger)
    : RecordedJob(db, clock, logger)
{
    public static readonly JobKey Key = new("retention", "system");

    protected override async Task<string?> RunAsync(IJobExecutionContext context) =>
        (await handler.RunAsync(context.CancellationToken).ConfigureAwait(false)).ToString();
}
