using CoDesign.Application.Persistence;
using CoDesign.Domain.Notifications;
using Hangfire.Server;

namespace CoDesign.Web.Jobs;

/// <summary>
/// A thin Hangfire job: it records the run (node, start, end, outcome) for the jobs page and calls
/// an application handler, which is what tests call. A failure is recorded with its reason and
/// thrown on to Hangfire, whose retry policy (the job's AutomaticRetry) tries again.
/// </summary>
public abstract partial class RecordedJob(ICoDesignDbContext db, TimeProvider clock, ILogger logger)
{
    /// <summary>The job parameter Hangfire gives a run of a recurring job: when it was triggered (Unix seconds).</summary>
    private const string TriggeredAtParameter = "Time";

    protected async Task RecordAsync(string job, PerformContext? context, Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new JobRun(Guid.CreateVersion7(now), job, context?.ServerId ?? Environment.MachineName, now);

        // Written before the work, so a run the node did not live to finish shows as such.
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var message = await work(cancellationToken).ConfigureAwait(false);
            await FinishAsync(run, succeeded: true, message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await FinishAsync(run, succeeded: false, "Stopped: the node shut down during the run.").ConfigureAwait(false);
            throw;
        }
#pragma warning disable CA1031 // Any failure is recorded, then thrown on to Hangfire's retry policy.
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

            throw;
        }
    }

    /// <summary>
    /// The time the run is for: when Hangfire triggered the recurring job (a retry or a run taken
    /// over from a dead node is the same background job, so it keeps the same time and covers the
    /// same period); for a job enqueued by hand, when it was created.
    /// </summary>
    protected DateTime ScheduledUtc(PerformContext? context)
    {
        if (context is null)
        {
            return clock.GetUtcNow().UtcDateTime;
        }

        var triggered = context.GetJobParameter<long?>(TriggeredAtParameter, allowStale: true);
        return triggered is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : DateTime.SpecifyKind(context.BackgroundJob.CreatedAt, DateTimeKind.Utc);
    }

    private async Task FinishAsync(JobRun run, bool succeeded, string? message)
    {
        run.Finish(succeeded, message, clock.GetUtcNow().UtcDateTime);

        // The handler may have cleared the unit of work (digest batches do); attach the row again.
        db.JobRuns.Update(run);
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: the failure could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, string job, Exception exception);
}
