using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;
using CoDesign.EntityFrameworkCore;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace CoDesign.Web.Jobs;

/// <summary>
/// Hangfire on this node, wired without its static globals (several apps share a test process):
/// the storage, the recurring-job manager and the background job server are this host's own. It
/// registers the recurring jobs (each city's digest at the city's time, the coordinators' summary,
/// retention, schedule sync) and starts the server with the outbox delivery loop. Starting waits
/// for the database (a node may boot while PostgreSQL is still down) without holding up the web server.
/// </summary>
public sealed partial class JobsHost : IHostedService, IJobScheduler, IDisposable
{
    private readonly IOptions<JobsOptions> _options;
    private readonly IServiceScopeFactory _scopes;
    private readonly OutboxDeliveryProcess _delivery;
    private readonly ILogger<JobsHost> _logger;
    private readonly Lazy<JobStorage> _storage;
    private readonly Lazy<RecurringJobManager> _recurring;
    private readonly CancellationTokenSource _stopping = new();
    private BackgroundJobServer? _server;
    private Task? _starting;

    public JobsHost(ResolvedConnection database, IOptions<JobsOptions> options, IServiceScopeFactory scopes, OutboxDeliveryProcess delivery, ILogger<JobsHost> logger)
    {
        _options = options;
        _scopes = scopes;
        _delivery = delivery;
        _logger = logger;
        _storage = new Lazy<JobStorage>(() => JobStorageSetup.Create(database, options.Value), LazyThreadSafetyMode.ExecutionAndPublication);
        _recurring = new Lazy<RecurringJobManager>(() => new RecurringJobManager(_storage.Value), LazyThreadSafetyMode.ExecutionAndPublication);
        IsClustered = database.Provider != DatabaseProvider.Sqlite;
    }

    public JobStorage Storage => _storage.Value;

    public IRecurringJobManagerV2 Recurring => _recurring.Value;

    /// <summary>This node's Hangfire server name, or null when jobs are off here (or not started yet).</summary>
    public string? ServerName { get; private set; }

    public bool IsClustered { get; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _starting = Task.Run(() => StartWithRetriesAsync(_stopping.Token), CancellationToken.None);
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

            if (_server is { } server)
            {
                // Running jobs see their cancellation token; one cut short is picked up again by a node.
                server.SendStop();
                await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Stopping must not fail the host's shutdown: a job cut short becomes visible to the other nodes again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogStopFailed(_logger, ex);
        }
    }

    public Task ScheduleCityDigestAsync(Guid cityId, string slug, string cron, CancellationToken cancellationToken = default)
    {
        Recurring.AddOrUpdate<CityDigestJob>(JobIds.CityDigest(slug), j => j.RunAsync(cityId, slug, null, CancellationToken.None), cron, Helsinki());
        return Task.CompletedTask;
    }

    public Task<IReadOnlyCollection<string>> ScheduledCityDigestsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Storage.GetConnection();
        IReadOnlyCollection<string> slugs = connection.GetRecurringJobs().Select(j => JobIds.CityOf(j.Id)).OfType<string>().ToList();
        return Task.FromResult(slugs);
    }

    public Task RemoveCityDigestAsync(string slug, CancellationToken cancellationToken = default)
    {
        Recurring.RemoveIfExists(JobIds.CityDigest(slug));
        return Task.CompletedTask;
    }

    /// <summary>Every recurring job with its schedule and last and next execution, as the storage has them.</summary>
    public IReadOnlyList<RecurringJobDto> RecurringJobs()
    {
        using var connection = Storage.GetConnection();
        return connection.GetRecurringJobs();
    }

    public void Dispose()
    {
        _server?.Dispose();
        if (_storage.IsValueCreated && _storage.Value is IDisposable storage)
        {
            storage.Dispose();
        }

        _stopping.Dispose();
    }

    private static RecurringJobOptions Helsinki() => new() { TimeZone = HelsinkiTime.Zone, MisfireHandling = MisfireHandlingMode.Relaxed };

    private async Task StartWithRetriesAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromSeconds(2);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                Register();
                await using (var scope = _scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DigestScheduleSync>().SyncAsync(stopping).ConfigureAwait(false);
                }

                if (_options.Value.Enabled)
                {
                    StartServer();
                }

                LogStarted(_logger, ServerName ?? "(no server: Jobs:Enabled is false)", IsClustered);
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
                LogStartFailed(_logger, delay.TotalSeconds, ex);
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

    /// <summary>The jobs every node registers at start (an unchanged job is left as it is).</summary>
    private void Register()
    {
        var o = _options.Value;
        Recurring.AddOrUpdate<CoordinatorDigestJob>(JobIds.CoordinatorSummary, j => j.RunAsync(null, CancellationToken.None), o.CoordinatorSummaryCron, Helsinki());
        Recurring.AddOrUpdate<RetentionJob>(JobIds.Retention, j => j.RunAsync(null, CancellationToken.None), o.RetentionCron, Helsinki());
        Recurring.AddOrUpdate<ScheduleSyncJob>(JobIds.ScheduleSync, j => j.RunAsync(CancellationToken.None), o.ScheduleSyncCron, Helsinki());
        Recurring.AddOrUpdate<WorkshopRemindersJob>(JobIds.WorkshopReminders, j => j.RunAsync(CancellationToken.None), o.WorkshopRemindersCron, Helsinki());
    }

    private void StartServer()
    {
        var o = _options.Value;
        // Hangfire adds the process id and a unique suffix to the name.
        ServerName = Environment.MachineName;
        var options = new BackgroundJobServerOptions
        {
            ServerName = ServerName,
            WorkerCount = Math.Max(1, o.WorkerCount),
            SchedulePollingInterval = o.PollingInterval,
            Activator = new AspNetCoreJobActivator(_scopes),
        };
        _server = new BackgroundJobServer(options, Storage, [_delivery]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hangfire started: server {Server} (shared PostgreSQL storage: {Clustered})")]
    private static partial void LogStarted(ILogger logger, string server, bool clustered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hangfire did not stop cleanly")]
    private static partial void LogStopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hangfire could not start; trying again in {Seconds} s")]
    private static partial void LogStartFailed(ILogger logger, double seconds, Exception exception);
}
