namespace CoDesign.Domain.Notifications;

/// <summary>Kinds of notification (PRODUCT.md, Notifications and digests) and what each offers.</summary>
public static class NotificationKinds
{
    /// <summary>A response or status change on an idea the person wrote, voted for or follows.</summary>
    public const string Response = "idea.response";

    /// <summary>A new comment or reply on an idea the person follows.</summary>
    public const string Comment = "idea.comment";

    /// <summary>An idea crossed the city's support threshold (officials).</summary>
    public const string ThresholdReached = "idea.threshold";

    /// <summary>Content waits in the moderation queue (moderators).</summary>
    public const string AwaitingModeration = "moderation.awaiting";

    /// <summary>The weekly cross-city summary (coordinators); mail only, weekly or never.</summary>
    public const string CoordinatorSummary = "coordination.summary";

    public static readonly IReadOnlyList<string> All = [Response, Comment, ThresholdReached, AwaitingModeration, CoordinatorSummary];

    /// <summary>The kinds that are work for city staff rather than news for participants.</summary>
    public static readonly IReadOnlyList<string> Work = [ThresholdReached, AwaitingModeration];

    public static NotificationFrequency DefaultFrequency(string kind) => kind switch
    {
        Response => NotificationFrequency.Immediate,
        CoordinatorSummary => NotificationFrequency.Weekly,
        _ => NotificationFrequency.Daily,
    };

    public static bool Allows(string kind, NotificationFrequency frequency) =>
        Enum.IsDefined(frequency) && (kind != CoordinatorSummary || frequency is NotificationFrequency.Weekly or NotificationFrequency.Never);

    public static IReadOnlyList<NotificationFrequency> Offered(string kind) =>
        Enum.GetValues<NotificationFrequency>().Where(f => Allows(kind, f)).ToList();
}
