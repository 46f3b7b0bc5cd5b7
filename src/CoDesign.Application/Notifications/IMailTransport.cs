namespace CoDesign.Application.Notifications;

/// <summary>
/// The mail system (SMTP server or pickup folder). A delivery batch opens one session and sends every
/// mail of the batch through it, so that an SMTP server sees one connection per batch, not one per mail.
/// </summary>
public interface IMailTransport
{
    /// <summary>
    /// Opens a session. It does not fail when the server is down: the connection is made on the first
    /// send, so that a failure is recorded on the mail that met it and retried with the outbox's back-off.
    /// </summary>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken = default);
}
