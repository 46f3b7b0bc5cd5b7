using CoDesign.Application.Notifications;

namespace CoDesign.Web.Mail;

/// <summary>
/// Polls the outbox and delivers what is due. Thin on purpose: the handler holds the logic and is
/// what tests call. (The digests issue moves this onto the clustered Quartz scheduler.)
/// </summary>
public sealed partial class OutboxDeliveryService(IServiceScopeFactory scopeFactory, OutboxDeliveryOptions options, ILogger<OutboxDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.PollInterval);
        do
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetRequiredService<OutboxDeliveryHandler>();
                DeliveryResult result;
                do
                {
                    result = await handler.DeliverDueAsync(stoppingToken).ConfigureAwait(false);
                }
                while (result.Total > 0 && !stoppingToken.IsCancellationRequested);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database outage must not end the loop; the next tick tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoopFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox delivery round failed; retrying on the next tick.")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
