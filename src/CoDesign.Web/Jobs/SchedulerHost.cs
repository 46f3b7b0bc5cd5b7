using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;
using CoDesign.EntityFrameworkCore;
using CoDesign.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Quartz;

namespace CoDesign.Web.Jobs;

/// <summary>
/// Quartz.NET wired by hand (its hosting and DI packages cannot be restored here; docs/adr/0008):
/// an ADO job store in the application database, clustered on PostgreSQL so that each trigger
/// fires on one node only, a job factory that resolves jobs from a DI scope, and a JSON serializer.
/// Starting waits for the database (a node may boot while PostgreSQL is still down) without
/// holding up the web server.
/// </summary>
public sealed partial class SchedulerHost(
    ResolvedConnection database,
    IOptions<JobsOptions> options,
    ScopedJobFactory jobFactory,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<SchedulerHost> logger) : IHostedService, IJobScheduler, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private IScheduler? _scheduler;
    private StandaloneSchedulerFactory? _factory;
    private Task? _starting;

    public bool IsClustered => database.Provider == DatabaseProvider.PostgreSql;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            _starting = Task.Run(() => StartWithRetriesAsync(_stopping.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            if (_starting is not null)
            {
                await _starting.ConfigureAwait(false);
            }

            if (_scheduler is { Status: not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown) } scheduler)
            {
                // Running jobs see their cancellation token; unfinished digests are recovered elsewhere.
                await scheduler.Shutdown(true, cancellationToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Stopping must not fail the host's shutdown: a job cut short is recovered (RequestRecovery) or re-run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogStopFailed(logger, ex);
        }
    }

    /// <summary>The scheduler (created, not necessarily started, on a node with jobs disabled).</summary>
    public async Task<IScheduler> SchedulerAsync(CancellationToken cancellationToken = default)
    {
        if (_scheduler is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_scheduler is null)
            {
                _factory = Build();
                _scheduler = await _factory.GetScheduler(cancellationToken).ConfigureAwait(false);
            }

            return _scheduler;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ScheduleCityDigestAsync(Guid cityId, string slug, string cron, CancellationToken cancellationToken = default)
    {
        var scheduler = await SchedulerAsync(cancellationToken).ConfigureAwait(false);
        var job = JobBuilder.Create<CityDigestJob>().WithIdentity(CityDigestJob.KeyFor(slug)).StoreDurably().RequestRecovery().DisallowConcurrentExecution(true)
            .WithDescription("Digest: " + slug)
            .UsingJobData(RecordedJob.CityIdKey, cityId.ToString())
            .UsingJobData(RecordedJob.CitySlugKey, slug)
            .Build();
        await EnsureCronAsync(scheduler, job, new TriggerKey("city-" + slug, CityDigestJob.Group), cron, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_scheduler is { Status: not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown) } scheduler)
            {
                await scheduler.Shutdown(false, CancellationToken.None).ConfigureAwait(false);
            }

            if (_factory is not null)
            {
                await _factory.DisposeAsync().ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Disposal at process end must not throw.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogStopFailed(logger, ex);
        }

        _stopping.Dispose();
        _gate.Dispose();
    }

    private async Task StartWithRetriesAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromSeconds(2);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var scheduler = await SchedulerAsync(stopping).ConfigureAwait(false);
                await RegisterAsync(scheduler, stopping).ConfigureAwait(false);
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DigestScheduleSync>().SyncAsync(stopping).ConfigureAwait(false);
                }

                await scheduler.Start(stopping).ConfigureAwait(false);
                LogStarted(logger, scheduler.SchedulerInstanceId, IsClustered);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The database may not be up yet; try again rather than end the node.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogStartFailed(logger, delay.TotalSeconds, ex);
                try
                {
                    await Task.Delay(delay, stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 60));
            }
        }
    }

    private async Task RegisterAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var delivery = JobBuilder.Create<OutboxDeliveryJob>().WithIdentity(OutboxDeliveryJob.Key).StoreDurably().DisallowConcurrentExecution(true).WithDescription("Outbox delivery").Build();
        await EnsureIntervalAsync(scheduler, delivery, new TriggerKey("outbox-delivery", "mail"), o.DeliveryInterval, cancellationToken).ConfigureAwait(false);

        var sync = JobBuilder.Create<ScheduleSyncJob>().WithIdentity(ScheduleSyncJob.Key).StoreDurably().DisallowConcurrentExecution(true).WithDescription("Digest schedule sync").Build();
        await EnsureIntervalAsync(scheduler, sync, new TriggerKey("schedule-sync", "system"), o.ScheduleSyncInterval, cancellationToken).ConfigureAwait(false);

        var coordinator = JobBuilder.Create<CoordinatorDigestJob>().WithIdentity(CoordinatorDigestJob.Key).StoreDurably().RequestRecovery().DisallowConcurrentExecution(true)
            .WithDescription("Coordinators' weekly summary").Build();
        await EnsureCronAsync(scheduler, coordinator, new TriggerKey("coordinator-summary", CityDigestJob.Group), o.CoordinatorSummaryCron, cancellationToken).ConfigureAwait(false);

        var retention = JobBuilder.Create<RetentionJob>().WithIdentity(RetentionJob.Key).StoreDurably().DisallowConcurrentExecution(true).WithDescription("Retention").Build();
        await EnsureCronAsync(scheduler, retention, new TriggerKey("retention", "system"), o.RetentionCron, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the job and its trigger, or moves the trigger when its schedule differs (every node runs this at start).</summary>
    private async Task EnsureCronAsync(IScheduler scheduler, IJobDetail job, TriggerKey key, string cron, CancellationToken cancellationToken)
    {
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        if (await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false) is ICronTrigger existing && existing.CronExpressionString == cron)
        {
            return;
        }

        var trigger = TriggerBuilder.Create(clock).WithIdentity(key).ForJob(job.Key)
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(HelsinkiTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureIntervalAsync(IScheduler scheduler, IJobDetail job, TriggerKey key, TimeSpan interval, CancellationToken cancellationToken)
    {
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        if (await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false) is ISimpleTrigger existing && existing.RepeatInterval == interval)
        {
            return;
        }

        var trigger = TriggerBuilder.Create(clock).WithIdentity(key).ForJob(job.Key).StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken).ConfigureAwait(false);
    }

    private StandaloneSchedulerFactory Build()
    {
        var o = options.Value;
        var postgres = database.Provider == DatabaseProvider.PostgreSql;
        return QuartzSchedulerBuilder.Create(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = o.SchedulerName;
                if (o.InstanceId == "AUTO")
                {
                    s.GenerateInstanceId = true;
                }
                else
                {
                    s.InstanceId = o.InstanceId;
                }
            });
            q.UseDefaultThreadPool(o.ThreadCount);
            q.UseJobFactory(jobFactory);
            q.UseTimeProvider(clock);
            q.UsePersistentStore(store =>
            {
                if (postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(c =>
                    {
                        c.Enabled = true;
                        c.CheckinInterval = o.ClusterCheckinInterval;
                    });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }

                store.UseSerializer(_ => new SystemTextJsonObjectSerializer());
                store.ConfigureStore(a =>
                {
                    a.TablePrefix = QuartzSchema.TablePrefix(postgres);
                    a.StoreJobDataAsStrings = true;
                    a.MisfireThreshold = TimeSpan.FromMinutes(1);

                    // The tables are our migrations' to create; Quartz only checks they are there.
                    a.SchemaProvisioning = SchemaProvisioning.Validate;
                });
            });
        }).Build();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler started as {InstanceId} (clustered: {Clustered})")]
    private static partial void LogStarted(ILogger logger, string instanceId, bool clustered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduler did not stop cleanly")]
    private static partial void LogStopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduler could not start; trying again in {Seconds} s")]
    private static partial void LogStartFailed(ILogger logger, double seconds, Exception exception);
}
