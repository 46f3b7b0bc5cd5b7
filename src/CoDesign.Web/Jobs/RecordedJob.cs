using CoDesign.Application.Persistence;
using CoDesign.Domain.Notifications;
using Quartz;

namespace CoDesign.Web.Jobs;

/// <summary>
/// A thin job: it records the run (node, start, end, outcome) for the jobs page and calls an
/// application handler, which is what tests call. A failure is recorded with its reason and
/// handed back to Quartz; the next fire (or recovery) tries again.
/// </summary>
public abstract partial class RecordedJob(ICoDesignDbContext db, TimeProvider clock, ILogger logger) : IJob
{
    public const string CityIdKey = "cityId";
    public const string CitySlugKey = "citySlug";

    /// <summary>False for a frequent job whose idle runs are not worth a row (the outbox poll).</summary>
    protected virtual bool RecordsIdleRuns => true;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = context.JobDetail.Key.ToString();
        var run = new JobRun(Guid.CreateVersion7(clock.GetUtcNow().UtcDateTime), job, context.Scheduler.SchedulerInstanceId, clock.GetUtcNow().UtcDateTime);
        if (RecordsIdleRuns)
        {
            // Written before the work, so a run the node did not live to finish shows as such.
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        }

        try
        {
            var message = await RunAsync(context).ConfigureAwait(false);
            if (message is null && !RecordsIdleRuns)
            {
                return;
            }

            await FinishAsync(run, succeeded: true, message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            await FinishAsync(run, succeeded: false, "Stopped: the node shut down during the run.").ConfigureAwait(false);
            throw;
        }
#pragma warning disable CA1031 // Any failure is recorded and handed to Quartz as a JobExecutionException.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, job, ex);
            try
            {
                await FinishAsync(run, succeeded: false, $"{ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The database may be what failed; the log above still has it.
            catch (Exception recordEx)
#pragma warning restore CA1031
            {
                LogNotRecorded(logger, job, recordEx);
            }

            throw new JobExecutionException(ex);
        }
    }

    /// <summary>Does the work; returns a line for the jobs page, or null when there was nothing to do.</summary>
    protected abstract Task<string?> RunAsync(IJobExecutionContext context);

    /// <summary>
    /// The time the run is for: the trigger's scheduled time, or for a run recovered after a node
    /// died, the scheduled time of the run that was interrupted (so it covers the same period).
    /// </summary>
    protected static DateTime ScheduledUtc(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Recovering && context.MergedJobDataMap.TryGetValue("QRTZ_FAILED_JOB_ORIG_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS_AS_STRING", out var original)
            && long.TryParse(original?.ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var ms))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
        }

        return (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime;
    }

    private async Task FinishAsync(JobRun run, bool succeeded, string? message)
    {
        run.Finish(succeeded, message, clock.GetUtcNow().UtcDateTime);
        if (RecordsIdleRuns)
        {
            // The handler may have cleared the unit of work (digest batches do); attach the row again.
            db.JobRuns.Update(run);
        }
        else
        {
            db.JobRuns.Add(run);
        }

        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: the failure could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, string job, Exception exception);
}
