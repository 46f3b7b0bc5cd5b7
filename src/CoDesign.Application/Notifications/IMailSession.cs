namespace CoDesign.Application.Notifications;

/// <summary>
/// One connection's worth of sending. A connection that drops is made again for the next mail.
/// A refusal is a <see cref="MailDeliveryException"/>; any other exception is a transient failure.
/// </summary>
public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
