using CoDesign.Application.Coordination;

namespace CoDesign.Web.Coordination;

/// <summary>
/// Keeps this node's coordination dashboard warm: computes the default period once the app has
/// started and again before the kept figures expire, so viewers never wait for the computation
/// that takes tens of seconds at national scale (docs/benchmarks.md). Per node, like the cache
/// it fills; a failed round (the database restarting, say) is logged and tried at the next one.
/// </summary>
public sealed partial class CoordinationWarmUpService(IServiceScopeFactory scopes, CoordinationOptions options, IHostApplicationLifetime lifetime, ILogger<CoordinationWarmUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.WarmUp || options.CacheDuration <= TimeSpan.Zero)
        {
            return;
        }

        // Not before the app serves (in the embedded mode the database is migrated and seeded first).
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        // Renewed at four fifths of its life: the kept figures never expire while the next are computed.
        var every = options.CacheDuration * 0.8;
        while (!stoppingToken.IsCancellationRequested)
        {
            var began = TimeProvider.System.GetTimestamp();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CoordinationAppService>().WarmUpAsync(stoppingToken).ConfigureAwait(false);
                var took = TimeProvider.System.GetElapsedTime(began);
                LogWarmed(logger, took.TotalMilliseconds);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed round must not stop the node; the next round tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }

            await Task.Delay(every, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coordination dashboard computed in advance in {Milliseconds:F0} ms")]
    private static partial void LogWarmed(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Computing the coordination dashboard in advance failed; trying again at the next round")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
