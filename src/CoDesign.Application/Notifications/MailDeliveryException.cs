namespace CoDesign.Application.Notifications;

/// <summary>
/// The mail system refused or could not take a mail. Transport-neutral, so that Application decides
/// what to do without knowing the SMTP library: a permanent refusal (an SMTP 5xx reply) is not tried
/// again, anything else (4xx, a dropped connection, a timeout) is retried with the outbox's back-off.
/// </summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException()
    {
    }

    public MailDeliveryException(string message)
        : base(message)
    {
    }

    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MailDeliveryException(string message, bool isPermanent, string? serverReply, Exception? innerException = null)
        : base(message, innerException)
    {
        IsPermanent = isPermanent;
        ServerReply = serverReply;
    }

    /// <summary>True when trying again cannot help (SMTP 5xx): the mail is marked failed at once.</summary>
    public bool IsPermanent { get; }

    /// <summary>The server's own answer (code and text), shown to the admins in the mail log.</summary>
    public string? ServerReply { get; }
}
