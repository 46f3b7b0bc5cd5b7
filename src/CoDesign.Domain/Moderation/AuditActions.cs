namespace CoDesign.Domain.Moderation;

/// <summary>Names of audited actions; stable, since the log is filtered by them.</summary>
public static class AuditActions
{
    public const string SettingsUpdated = "settings.updated";
    public const string CategoryAdded = "category.added";
    public const string CategoryUpdated = "category.updated";
    public const string RoleGranted = "role.granted";
    public const string RoleRevoked = "role.revoked";

    public static readonly IReadOnlyList<string> All = [SettingsUpdated, CategoryAdded, CategoryUpdated, RoleGranted, RoleRevoked];
}
