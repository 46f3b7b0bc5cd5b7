namespace CoDesign.Application.Notifications;

/// <summary>
/// Signed tokens for the unsubscribe links in mail: they name a person and what to stop, work
/// without signing in, and cannot be forged or turned into someone else's (no enumeration).
/// </summary>
public interface IUnsubscribeTokens
{
    string Create(Guid userId, string scope);

    /// <summary>Null when the token is not one of ours or was tampered with.</summary>
    UnsubscribeToken? Read(string? token);
}

/// <summary>What a token allows: changing <see cref="UserId"/>'s mail settings, starting with <see cref="Scope"/>.</summary>
public sealed record UnsubscribeToken(Guid UserId, string Scope);

/// <summary>What an unsubscribe link stops: one kind of notification, or a whole digest.</summary>
public static class UnsubscribeScopes
{
    public const string DailyDigest = "digest.daily";
    public const string WeeklyDigest = "digest.weekly";

    public static bool IsValid(string scope) =>
        scope is DailyDigest or WeeklyDigest || Domain.Notifications.NotificationKinds.All.Contains(scope);
}
