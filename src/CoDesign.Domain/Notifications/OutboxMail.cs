using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;

namespace CoDesign.Domain.Notifications;

/// <summary>
/// A mail waiting for delivery, written in the same transaction as the change that caused it.
/// <see cref="DedupKey"/> is unique, so a retried or duplicated producer cannot queue it twice.
/// </summary>
public class OutboxMail : Entity
{
    public const int MaxAddressLength = 254;
    public const int MaxSubjectLength = 200;
    public const int MaxKindLength = 60;
    public const int MaxDedupKeyLength = 200;
    public const int MaxErrorLength = 2_000;
    public const int MaxUrlLength = 1_000;

    protected OutboxMail()
    {
        ToAddress = string.Empty;
        Subject = string.Empty;
        TextBody = string.Empty;
        Kind = string.Empty;
        DedupKey = string.Empty;
    }

    public OutboxMail(Guid id, Guid? tenantId, string toAddress, string subject, string textBody, string? htmlBody, string kind, string dedupKey, DateTime createdAt)
        : base(id)
    {
        TenantId = tenantId;
        ToAddress = MailGuard.Address(toAddress);
        Subject = MailGuard.Subject(subject);
        TextBody = textBody ?? throw new ArgumentNullException(nameof(textBody));
        HtmlBody = htmlBody;
        Kind = kind;
        DedupKey = dedupKey.Length <= MaxDedupKeyLength ? dedupKey : throw new BusinessException(ErrorCodes.Validation, "Dedup key too long.");
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        Status = OutboxMailStatus.Pending;
    }

    /// <summary>The city the mail is about, so that a city's admins see its mail; null for platform mail.</summary>
    public Guid? TenantId { get; protected set; }

    public string ToAddress { get; protected set; }

    public string Subject { get; protected set; }

    public string TextBody { get; protected set; }

    public string? HtmlBody { get; protected set; }

    public string Kind { get; protected set; }

    public string DedupKey { get; protected set; }

    /// <summary>One-click unsubscribe address (RFC 8058); null for mail that must always be sent.</summary>
    public string? UnsubscribeUrl { get; set; }

    /// <summary>A calendar object (RFC 5545 text, METHOD REQUEST or CANCEL) sent with the mail as an invitation; null for most mail.</summary>
    public string? Calendar { get; set; }

    /// <summary>The account the mail is for, when it is for one (digests, notifications), so erasing the account can remove it.</summary>
    public Guid? RecipientUserId { get; set; }

    public OutboxMailStatus Status { get; protected set; }

    public int Attempts { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime NextAttemptAt { get; protected set; }

    public DateTime? LockedUntil { get; protected set; }

    public DateTime? SentAt { get; protected set; }

    public string? LastError { get; protected set; }

    public void MarkSent(DateTime now)
    {
        Status = OutboxMailStatus.Sent;
        SentAt = now;
        Attempts++;
        LockedUntil = null;
        LastError = null;
    }

    /// <summary>The mail server refused the mail for good (SMTP 5xx): failed at once, with its reply.</summary>
    public void MarkRejected(string reply, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Attempts++;
        LockedUntil = null;
        NextAttemptAt = now;
        LastError = reply.Length <= MaxErrorLength ? reply : reply[..MaxErrorLength];
        Status = OutboxMailStatus.Failed;
    }

    /// <summary>Schedules the next try with exponential back-off, or gives up after <paramref name="maxAttempts"/>.</summary>
    public void MarkAttemptFailed(string error, DateTime now, int maxAttempts, TimeSpan baseDelay)
    {
        Attempts++;
        LockedUntil = null;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        if (Attempts >= maxAttempts)
        {
            Status = OutboxMailStatus.Failed;
            return;
        }

        var delay = TimeSpan.FromTicks(baseDelay.Ticks * (1L << Math.Min(Attempts - 1, 16)));
        NextAttemptAt = now + delay;
    }
}
