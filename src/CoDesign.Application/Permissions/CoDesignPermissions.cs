namespace CoDesign.Application.Permissions;

/// <summary>Named permissions, checked in the application services (pages only hide what these refuse).</summary>
public static class CoDesignPermissions
{
    public const string IdeasSubmit = "CoDesign.Ideas.Submit";
    public const string IdeasVote = "CoDesign.Ideas.Vote";
    public const string IdeasComment = "CoDesign.Ideas.Comment";
    public const string IdeasRecordAssisted = "CoDesign.Ideas.RecordAssisted";
    public const string ModerationManage = "CoDesign.Moderation.Manage";
    public const string ResponsesManage = "CoDesign.Responses.Manage";
    public const string SettingsManage = "CoDesign.Settings.Manage";
    public const string ProcessesManage = "CoDesign.Processes.Manage";
    public const string WorkshopsRegister = "CoDesign.Workshops.Register";
    public const string WorkshopsManage = "CoDesign.Workshops.Manage";
    public const string RolesAssign = "CoDesign.Roles.Assign";
    public const string CityMailView = "CoDesign.City.Mail.View";
    public const string AuditLogView = "CoDesign.AuditLog.View";
    public const string CoordinationView = "CoDesign.Coordination.View";
    public const string ThemesManage = "CoDesign.Themes.Manage";
    public const string PlatformCitiesManage = "CoDesign.Platform.Cities.Manage";
    public const string PlatformMailView = "CoDesign.Platform.Mail.View";
    public const string PlatformJobsManage = "CoDesign.Platform.Jobs.Manage";
}
