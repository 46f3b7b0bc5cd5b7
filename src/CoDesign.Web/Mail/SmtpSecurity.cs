namespace CoDesign.Web.Mail;

/// <summary>How the SMTP connection is secured ("Mail:Smtp:Security").</summary>
public enum SmtpSecurity
{
    /// <summary>Implicit TLS on port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,

    /// <summary>Plain text: only for a relay on the same host or a test server.</summary>
    None,

    /// <summary>STARTTLS is required: a server that does not offer it is not sent to (port 587).</summary>
    StartTls,

    /// <summary>STARTTLS when the server offers it, plain text when it does not.</summary>
    StartTlsWhenAvailable,

    /// <summary>TLS from the first byte (implicit TLS, "SMTPS", port 465).</summary>
    SslOnConnect,
}
