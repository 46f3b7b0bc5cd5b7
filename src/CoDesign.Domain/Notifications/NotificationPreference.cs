using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;

namespace CoDesign.Domain.Notifications;

/// <summary>
/// A person's choice for one kind of notification, platform-wide (accounts are platform-wide too).
/// No row means the kind's default (<see cref="NotificationKinds.DefaultFrequency"/>).
/// </summary>
public class NotificationPreference : Entity
{
    protected NotificationPreference()
    {
        Kind = string.Empty;
    }

    public NotificationPreference(Guid id, Guid userId, string kind, NotificationFrequency frequency, DateTime now)
        : base(id)
    {
        UserId = userId;
        Kind = NotificationKinds.All.Contains(kind) ? kind : throw new BusinessException(ErrorCodes.Validation, "Unknown notification kind.") { Field = "Kind" };
        Set(frequency, now);
    }

    public Guid UserId { get; protected set; }

    public string Kind { get; protected set; }

    public NotificationFrequency Frequency { get; protected set; }

    public DateTime UpdatedAt { get; protected set; }

    public void Set(NotificationFrequency frequency, DateTime now)
    {
        if (!NotificationKinds.Allows(Kind, frequency))
        {
            throw new BusinessException(ErrorCodes.Validation, "This frequency is not offered for this kind.") { Field = Kind };
        }

        Frequency = frequency;
        UpdatedAt = now;
    }
}
