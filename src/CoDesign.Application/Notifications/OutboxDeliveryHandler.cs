using CoDesign.Application.Persistence;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoDesign.Application.Notifications;

/// <summary>
/// Delivers due outbox mail. Each row is claimed with a conditional update first, so that several
/// nodes (or an overlapping run) never send the same row at the same time; a failed try is retried
/// with exponential back-off and after the last try the row is marked failed with its reason.
/// </summary>
public sealed partial class OutboxDeliveryHandler(
    ICoDesignDbContext db,
    IMailTransport transport,
    OutboxDeliveryOptions options,
    TimeProvider clock,
    ILogger<OutboxDeliveryHandler> logger)
{
    public async Task<DeliveryResult> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMails.AsNoTracking()
            .Where(m => m.Status == OutboxMailStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        int sent = 0, retrying = 0, failed = 0;
        foreach (var id in due)
        {
            var claimedUntil = clock.GetUtcNow().UtcDateTime + options.ClaimTimeout;
            var claimTime = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.OutboxMails
                .Where(m => m.Id == id && m.Status == OutboxMailStatus.Pending && m.NextAttemptAt <= claimTime && (m.LockedUntil == null || m.LockedUntil < claimTime))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, claimedUntil), cancellationToken).ConfigureAwait(false);
            if (claimed != 1)
            {
                continue;
            }

            var mail = await db.OutboxMails.FirstAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
            try
            {
                await transport.SendAsync(new OutgoingMail(mail.Id, mail.ToAddress, mail.Subject, mail.TextBody, mail.HtmlBody, mail.UnsubscribeUrl), cancellationToken).ConfigureAwait(false);
                mail.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Any transport failure is recorded on the row and retried; none may stop the batch.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                mail.MarkAttemptFailed($"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow().UtcDateTime, options.MaxAttempts, options.BaseDelay);
                if (mail.Status == OutboxMailStatus.Failed)
                {
                    failed++;
                    LogGaveUp(logger, mail.Id, mail.Attempts, ex.Message);
                }
                else
                {
                    retrying++;
                    LogRetry(logger, mail.Id, mail.Attempts, mail.NextAttemptAt, ex.Message);
                }
            }

            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return new DeliveryResult(sent, retrying, failed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} try {Attempt} failed; next try at {NextAttempt:o}: {Error}")]
    private static partial void LogRetry(ILogger logger, Guid mailId, int attempt, DateTime nextAttempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MailId} failed for good after {Attempts} tries: {Error}")]
    private static partial void LogGaveUp(ILogger logger, Guid mailId, int attempts, string error);
}
