using Quartz;
using Quartz.Extensibility;

namespace CoDesign.Web.Jobs;

/// <summary>Each job run gets its own DI scope (its own DbContext), resolved here and disposed when Quartz returns the job.</summary>
public sealed class ScopedJobFactory(IServiceScopeFactory scopes) : IJobFactory
{
    public ValueTask<JobScope> CreateJob(TriggerFiredBundle bundle, IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (!bundle.JobDetail.JobType.TryResolve(out var type) || type is null)
        {
            throw new SchedulerException($"Unknown job type {bundle.JobDetail.JobType.FullName}.");
        }

        var scope = scopes.CreateAsyncScope();
        var job = (IJob)scope.ServiceProvider.GetRequiredService(type);
        return ValueTask.FromResult(new JobScope(job, scope));
    }

    public async ValueTask ReturnJob(JobScope scope, CancellationToken cancellationToken)
    {
        if (scope.State is AsyncServiceScope services)
        {
            await services.DisposeAsync().ConfigureAwait(false);
        }
    }
}
