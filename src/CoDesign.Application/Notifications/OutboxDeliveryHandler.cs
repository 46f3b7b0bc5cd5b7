using CoDesign.Application.Persistence;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoDesign.Application.Notifications;

/// <summary>
/// Delivers due outbox mail. A batch of rows is claimed in one statement first (IOutboxClaims), so
/// that several workers and nodes (or an overlapping run) never send the same row at the same time;
/// the batch is sent through one mail session (one SMTP connection). A failed try is retried with
/// exponential back-off and after the last try the row is marked failed with its reason; a permanent
/// refusal (SMTP 5xx) marks it failed at once, with the server's reply.
/// </summary>
public sealed partial class OutboxDeliveryHandler(
    ICoDesignDbContext db,
    IOutboxClaims claims,
    IMailTransport transport,
    OutboxDeliveryOptions options,
    TimeProvider clock,
    ILogger<OutboxDeliveryHandler> logger)
{
    public async Task<DeliveryResult> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await claims.ClaimDueAsync(now, now + options.ClaimTimeout, options.BatchSize, cancellationToken).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            return new DeliveryResult(0, 0, 0);
        }

        var mails = await db.OutboxMails.AsNoTracking().Where(m => claimed.Contains(m.Id)).OrderBy(m => m.NextAttemptAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        int sent = 0, retrying = 0, failed = 0;

        // One session for the batch: the SMTP server sees one connection (and one TLS handshake and
        // login) for all of these mails; the session reconnects by itself after a drop.
        var session = await transport.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var _ = session.ConfigureAwait(false);
        var unrecorded = new List<Guid>();
        try
        {
            foreach (var mail in mails)
            {
                try
                {
                    await session.SendAsync(new OutgoingMail(mail.Id, mail.ToAddress, mail.Subject, mail.TextBody, mail.HtmlBody, mail.UnsubscribeUrl, mail.Calendar), cancellationToken).ConfigureAwait(false);
                    sent++;
                    unrecorded.Add(mail.Id);
                    if (unrecorded.Count >= Math.Max(1, options.RecordSentEvery))
                    {
                        await RecordSentAsync(unrecorded).ConfigureAwait(false);
                    }

                    continue;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (MailDeliveryException ex) when (ex.IsPermanent)
                {
                    // A 5xx answer stays a 5xx answer: trying again only delays telling the admins.
                    mail.MarkRejected(ex.ServerReply ?? ex.Message, clock.GetUtcNow().UtcDateTime);
                    failed++;
                    LogRejected(logger, mail.Id, ex.ServerReply ?? ex.Message);
                }
#pragma warning disable CA1031 // Any transport failure is recorded on the row and retried; none may stop the batch.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    var error = ex is MailDeliveryException delivery ? delivery.ServerReply ?? delivery.Message : $"{ex.GetType().Name}: {ex.Message}";
                    mail.MarkAttemptFailed(error, clock.GetUtcNow().UtcDateTime, options.MaxAttempts, options.BaseDelay);
                    if (mail.Status == OutboxMailStatus.Failed)
                    {
                        failed++;
                        LogGaveUp(logger, mail.Id, mail.Attempts, error);
                    }
                    else
                    {
                        retrying++;
                        LogRetry(logger, mail.Id, mail.Attempts, mail.NextAttemptAt, error);
                    }
                }

                // A failure is saved at once (one UPDATE, no change tracking): it is rare, and its
                // back-off must hold even if the process dies right after.
                await db.OutboxMails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(
                    u => u.SetProperty(m => m.Status, mail.Status)
                        .SetProperty(m => m.Attempts, mail.Attempts)
                        .SetProperty(m => m.SentAt, mail.SentAt)
                        .SetProperty(m => m.NextAttemptAt, mail.NextAttemptAt)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.LastError, mail.LastError),
                    CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            // Also when the batch is cancelled or a save fails: what was sent is recorded as sent.
            if (unrecorded.Count > 0)
            {
                await RecordSentAsync(unrecorded).ConfigureAwait(false);
            }
        }

        return new DeliveryResult(sent, retrying, failed);
    }

    /// <summary>
    /// Records sent mail in one UPDATE for up to <see cref="OutboxDeliveryOptions.RecordSentEvery"/>
    /// mails: the per-mail UPDATE was what bounded delivery. A crash before it can send these again,
    /// with the same Message-ID, so receivers can tell the copy. Takes no cancellation token on
    /// purpose: what was sent must be recorded, also when the batch is being cancelled.
    /// </summary>
    private async Task RecordSentAsync(List<Guid> ids)
    {
        var sentAt = clock.GetUtcNow().UtcDateTime;
        var batch = ids.ToArray();
        ids.Clear();
        await db.OutboxMails.Where(m => batch.Contains(m.Id)).ExecuteUpdateAsync(
            u => u.SetProperty(m => m.Status, OutboxMailStatus.Sent)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.LockedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, (string?)null),
            CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} try {Attempt} failed; next try at {NextAttempt:o}: {Error}")]
    private static partial void LogRetry(ILogger logger, Guid mailId, int attempt, DateTime nextAttempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MailId} refused by the mail server, not tried again: {Reply}")]
    private static partial void LogRejected(ILogger logger, Guid mailId, string reply);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MailId} failed for good after {Attempts} tries: {Error}")]
    private static partial void LogGaveUp(ILogger logger, Guid mailId, int attempts, string error);
}
