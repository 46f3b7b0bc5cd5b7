namespace CoDesign.Application.Notifications;

/// <summary>Hands one message to the mail system (SMTP server or pickup folder).</summary>
public interface IMailTransport
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
