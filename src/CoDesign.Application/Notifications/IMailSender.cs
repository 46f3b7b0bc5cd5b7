namespace CoDesign.Application.Notifications;

/// <summary>Who the platform's mail is from: the organizer of the calendar invitations it sends.</summary>
public interface IMailSender
{
    string FromAddress { get; }

    string FromName { get; }
}
