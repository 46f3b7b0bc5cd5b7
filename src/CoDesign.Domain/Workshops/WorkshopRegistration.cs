using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;

namespace CoDesign.Domain.Workshops;

/// <summary>
/// A person's place at a workshop: a seat, a place on the waiting list, or cancelled. A signed-in
/// resident has one row per workshop (registering again reuses it); staff register a person without
/// an account by name and a phone number or e-mail address, with the person's consent noted.
/// </summary>
public class WorkshopRegistration : Entity, IMultiTenant
{
    public const int MaxNameLength = 100;
    public const int MaxPhoneLength = 30;

    protected WorkshopRegistration()
    {
        Language = "fi";
    }

    private WorkshopRegistration(Guid id, Guid tenantId, Guid workshopId, string language, RegistrationStatus status, DateTime now)
        : base(id)
    {
        TenantId = tenantId;
        WorkshopId = workshopId;
        Language = language is "sv" or "en" ? language : "fi";
        Status = status;
        CreatedAt = QueuedAt = StatusChangedAt = now;
    }

    public Guid TenantId { get; protected set; }

    public Guid WorkshopId { get; protected set; }

    /// <summary>The resident's account; null for a person registered by staff.</summary>
    public Guid? UserId { get; protected set; }

    /// <summary>A person registered by staff: the name given; personal data, shown to staff only.</summary>
    public string? Name { get; protected set; }

    public string? Email { get; protected set; }

    public string? Phone { get; protected set; }

    /// <summary>The language the person's mail is written in.</summary>
    public string Language { get; protected set; }

    public RegistrationStatus Status { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    /// <summary>When the person joined the queue this time: the waiting list is in this order.</summary>
    public DateTime QueuedAt { get; protected set; }

    public DateTime StatusChangedAt { get; protected set; }

    /// <summary>The staff member who registered the person (assisted channel) and when the consent was noted.</summary>
    public Guid? RecordedByUserId { get; protected set; }

    public DateTime? ConsentNotedAt { get; protected set; }

    public DateTime? ReminderSentAt { get; protected set; }

    /// <summary>
    /// Added to the workshop's sequence in this person's calendar object: one more at every
    /// cancellation and every registration after one, so each invitation or cancellation supersedes the last.
    /// </summary>
    public int CalendarSequence { get; protected set; }

    /// <summary>Whether the person came, as staff recorded it.</summary>
    public bool Attended { get; protected set; }

    public bool IsActive => Status != RegistrationStatus.Cancelled;

    public static WorkshopRegistration ForUser(Guid id, Guid tenantId, Guid workshopId, Guid userId, string language, RegistrationStatus status, DateTime now) =>
        new(id, tenantId, workshopId, language, status, now) { UserId = userId };

    /// <summary>A person without an account, registered by staff; consent must be noted, and a phone or an address given.</summary>
    public static WorkshopRegistration Assisted(Guid id, Guid tenantId, Guid workshopId, string? name, string? email, string? phone, string language,
        bool consentNoted, Guid recordedBy, RegistrationStatus status, DateTime now)
    {
        var trimmedName = name?.Trim() ?? string.Empty;
        if (trimmedName.Length < 2 || trimmedName.Length > MaxNameLength)
        {
            throw new BusinessException(ErrorCodes.Validation, $"Name must be 2–{MaxNameLength} characters.") { Field = nameof(Name) }.WithDetail("min", 2).WithDetail("max", MaxNameLength);
        }

        var address = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (address is not null && !MailGuard.IsValidAddress(address))
        {
            throw new BusinessException(ErrorCodes.Validation, "Not a valid e-mail address.") { Field = nameof(Email) };
        }

        var number = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (number is not null && (number.Length > MaxPhoneLength || number.Count(char.IsDigit) < 5 || number.Any(c => !(char.IsDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))))
        {
            throw new BusinessException(ErrorCodes.Validation, "Not a valid phone number.") { Field = nameof(Phone) };
        }

        if (address is null && number is null)
        {
            throw new BusinessException(ErrorCodes.Validation, "Give a phone number or an e-mail address.") { Field = nameof(Phone) };
        }

        if (!consentNoted)
        {
            throw new BusinessException(ErrorCodes.Validation, "Note the person's consent.") { Field = "ConsentNoted" };
        }

        return new WorkshopRegistration(id, tenantId, workshopId, language, status, now)
        {
            Name = trimmedName,
            Email = address,
            Phone = number,
            RecordedByUserId = recordedBy,
            ConsentNotedAt = now,
        };
    }

    /// <summary>Registering again after a cancellation: back in the queue, at its end.</summary>
    public void Rejoin(RegistrationStatus status, string language, DateTime now)
    {
        if (IsActive)
        {
            return;
        }

        Language = language is "sv" or "en" ? language : "fi";
        Status = status;
        QueuedAt = StatusChangedAt = now;
        CalendarSequence++;
        ReminderSentAt = null;
        Attended = false;
    }

    public void MarkReminded(DateTime now) => ReminderSentAt = now;

    public void MarkAttended(bool attended) => Attended = attended && Status == RegistrationStatus.Confirmed;

    /// <summary>Erasure of an assisted registration's personal data (the row and its counts stay).</summary>
    public void Anonymise()
    {
        Name = null;
        Email = null;
        Phone = null;
    }

    /// <summary>After the time of a workshop moved, the reminder is due again for the new time.</summary>
    public void ResetReminder() => ReminderSentAt = null;

    internal void SetStatus(RegistrationStatus status, DateTime now)
    {
        if (status == RegistrationStatus.Cancelled && Status != RegistrationStatus.Cancelled)
        {
            CalendarSequence++;
        }

        Status = status;
        StatusChangedAt = now;
    }
}
