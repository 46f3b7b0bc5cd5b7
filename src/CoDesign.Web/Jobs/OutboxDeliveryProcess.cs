using System.Globalization;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Notifications;
using Hangfire.Server;

namespace CoDesign.Web.Jobs;

/// <summary>
/// Outbox delivery as a Hangfire server process: a loop on every node that runs jobs, a few
/// parallel workers each sending until nothing is due, then a pause of Jobs:DeliveryInterval.
/// It is not a recurring job because it runs every few seconds (a recurring job would leave a
/// background job record per poll); the handler's claims keep nodes from sending the same row.
/// </summary>
public sealed partial class OutboxDeliveryProcess(IServiceScopeFactory scopes, OutboxDeliveryOptions options, Microsoft.Extensions.Options.IOptions<JobsOptions> jobs, TimeProvider clock, ILogger<OutboxDeliveryProcess> logger)
    : IBackgroundProcess
{
    public void Execute(BackgroundProcessContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        DeliverAsync(context.ServerId, context.StoppingToken).GetAwaiter().GetResult();
        context.Wait(jobs.Value.DeliveryInterval);
    }

    /// <summary>Sends everything that is due; records a run only when something was sent, retried or failed.</summary>
    public async Task<DeliveryResult> DeliverAsync(string node, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        DeliveryResult[] results;
        try
        {
            results = await Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Parallelism)).Select(_ => DrainAsync(cancellationToken))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(0, 0, 0);
        }

        var total = new DeliveryResult(results.Sum(r => r.Sent), results.Sum(r => r.Retrying), results.Sum(r => r.Failed));
        if (total.Total > 0)
        {
            await RecordAsync(node, started, total).ConfigureAwait(false);
        }

        return total;
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

    private async Task RecordAsync(string node, DateTime started, DeliveryResult total)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ICoDesignDbContext>();
            var run = new JobRun(Guid.CreateVersion7(started), JobIds.OutboxDelivery, node, started);
            run.Finish(true, string.Create(CultureInfo.InvariantCulture, $"{total.Sent} sent, {total.Retrying} to retry, {total.Failed} failed for good"), clock.GetUtcNow().UtcDateTime);
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The mail went out; a missing line on the jobs page must not make the loop fail and resend.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogNotRecorded(logger, ex);
        }
    }

    public override string ToString() => "Outbox delivery";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox delivery: the run could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception);
}
