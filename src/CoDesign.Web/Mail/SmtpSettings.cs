namespace CoDesign.Web.Mail;

/// <summary>The "Mail:Smtp" section.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>
    /// How the connection is secured. When unset, <see cref="EnableSsl"/> decides as it did with
    /// the adapter before MailKit (docs/adr/0004): true requires STARTTLS, false sends in plain text.
    /// </summary>
    public SmtpSecurity? Security { get; set; }

    /// <summary>The older switch, kept so that existing settings mean what they meant; <see cref="Security"/> wins when set.</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>For connecting and for each command's answer.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public SmtpSecurity EffectiveSecurity => Security ?? (EnableSsl ? SmtpSecurity.StartTls : SmtpSecurity.None);
}
