namespace CoDesign.Domain.Notifications;

public enum OutboxMailStatus
{
    Pending,
    Sent,
    Failed,
}
