namespace CoDesign.Application.Notifications;

/// <summary>Kinds of mail, used in dedup keys and in the admins' mail list.</summary>
public static class MailKinds
{
    public const string ConfirmEmail = "account.confirm-email";
    public const string PasswordReset = "account.password-reset";
    public const string ChangeEmail = "account.change-email";
    public const string AccessibilityFeedback = "accessibility.feedback";
    public const string OrganisationInvitation = "organisation.invitation";
    public const string DailyDigest = "digest.daily";
    public const string WeeklyDigest = "digest.weekly";
    public const string CoordinatorDigest = "digest.coordinator";
}
