namespace CoDesign.Domain.Notifications;

/// <summary>Kinds of notification (PRODUCT.md, Notifications and digests).</summary>
public static class NotificationKinds
{
    public const string Response = "idea.response";
    public const string Comment = "idea.comment";
    public const string ThresholdReached = "idea.threshold";
    public const string AwaitingModeration = "moderation.awaiting";
}
