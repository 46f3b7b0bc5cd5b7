namespace CoDesign.Application.Notifications;

/// <summary>The "Retention" section: how long personal traces of notifications and mail are kept.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>In-app notifications older than this are deleted (read or not).</summary>
    public int NotificationDays { get; set; } = 365;

    /// <summary>Sent and failed mail (address, subject, body) older than this is deleted; pending mail never is.</summary>
    public int MailLogDays { get; set; } = 90;

    /// <summary>Job run records older than this are deleted.</summary>
    public int JobRunDays { get; set; } = 90;
}
