namespace CoDesign.Domain.Notifications;

/// <summary>How a person wants to hear of one kind of notification by mail; in-app notifications are always kept.</summary>
public enum NotificationFrequency
{
    Immediate = 0,
    Daily = 1,
    Weekly = 2,
    Never = 3,
}
