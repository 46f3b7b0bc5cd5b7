namespace CoDesign.Domain.Moderation;

/// <summary>Names of audited actions; stable, since the log is filtered by them.</summary>
public static class AuditActions
{
    public const string SettingsUpdated = "settings.updated";
    public const string CategoryAdded = "category.added";
    public const string CategoryUpdated = "category.updated";
    public const string RoleGranted = "role.granted";
    public const string RoleRevoked = "role.revoked";
    public const string IdeaApproved = "idea.approved";
    public const string IdeaHidden = "idea.hidden";
    public const string IdeaRestored = "idea.restored";
    public const string CommentHidden = "comment.hidden";
    public const string CommentRestored = "comment.restored";
    public const string ReportsDismissed = "reports.dismissed";
    public const string IdeasMerged = "ideas.merged";
    public const string ProcessCreated = "process.created";
    public const string ProcessUpdated = "process.updated";
    public const string ProcessPhasesChanged = "process.phases";
    public const string ProcessPublished = "process.published";
    public const string ProcessUnpublished = "process.unpublished";
    public const string WorkshopCreated = "workshop.created";
    public const string WorkshopUpdated = "workshop.updated";
    public const string WorkshopCancelled = "workshop.cancelled";
    public const string WorkshopRegistrationRecorded = "workshop.registration-recorded";
    public const string WorkshopRegistrationCancelled = "workshop.registration-cancelled";
    public const string WorkshopAttendanceRecorded = "workshop.attendance";
    public const string WorkshopMinutesPublished = "workshop.minutes";
    public const string WorkshopIdeasLinked = "workshop.ideas";

    public static readonly IReadOnlyList<string> All =
    [
        SettingsUpdated, CategoryAdded, CategoryUpdated, RoleGranted, RoleRevoked,
        IdeaApproved, IdeaHidden, IdeaRestored, CommentHidden, CommentRestored, ReportsDismissed, IdeasMerged,
        ProcessCreated, ProcessUpdated, ProcessPhasesChanged, ProcessPublished, ProcessUnpublished,
        WorkshopCreated, WorkshopUpdated, WorkshopCancelled, WorkshopRegistrationRecorded, WorkshopRegistrationCancelled,
        WorkshopAttendanceRecorded, WorkshopMinutesPublished, WorkshopIdeasLinked,
    ];
}
