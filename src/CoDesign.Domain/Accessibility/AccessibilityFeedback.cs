using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Accessibility;

/// <summary>Feedback on the accessibility of a city's pages; the law requires a channel that the city answers.</summary>
public class AccessibilityFeedback : Entity, IMultiTenant
{
    public const int MaxMessageLength = 4_000;
    public const int MaxNameLength = 100;
    public const int MaxPageLength = 500;

    protected AccessibilityFeedback()
    {
        Message = string.Empty;
    }

    public AccessibilityFeedback(Guid id, Guid tenantId, string message, string? name, string? email, string? page, Guid? userId, DateTime createdAt)
        : base(id)
    {
        var m = (message ?? string.Empty).Trim();
        if (m.Length == 0)
        {
            throw new BusinessException(ErrorCodes.FeedbackEmpty, "Feedback is empty.") { Field = nameof(Message) };
        }

        if (m.Length > MaxMessageLength)
        {
            throw new BusinessException(ErrorCodes.Validation, "Feedback is too long.") { Field = nameof(Message) };
        }

        if (name is { Length: > MaxNameLength })
        {
            throw new BusinessException(ErrorCodes.Validation, "Name is too long.") { Field = nameof(Name) };
        }

        if (!string.IsNullOrWhiteSpace(email) && !Notifications.MailGuard.IsValidAddress(email))
        {
            throw new BusinessException(ErrorCodes.Validation, "Invalid e-mail address.") { Field = nameof(Email) };
        }

        TenantId = tenantId;
        Message = m;
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Page = page is { Length: > MaxPageLength } ? page[..MaxPageLength] : page;
        UserId = userId;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; protected set; }

    public string Message { get; protected set; }

    public string? Name { get; protected set; }

    public string? Email { get; protected set; }

    public string? Page { get; protected set; }

    public Guid? UserId { get; protected set; }

    public DateTime CreatedAt { get; protected set; }
}
