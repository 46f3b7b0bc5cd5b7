namespace CoDesign.Web.Mail;

/// <summary>The "Mail" section. Without an SMTP host, mail goes to the pickup folder (embedded mode).</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "noreply@codesign.example";

    public string FromName { get; set; } = "CoDesign";

    public SmtpSettings Smtp { get; set; } = new();

    public DkimSettings Dkim { get; set; } = new();

    /// <summary>Folder for .eml files when no SMTP host is set; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
