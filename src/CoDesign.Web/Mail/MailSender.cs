using CoDesign.Application.Notifications;
using Microsoft.Extensions.Options;

namespace CoDesign.Web.Mail;

/// <summary>The configured sender (Mail:FromAddress, Mail:FromName), for the organizer of calendar invitations.</summary>
public sealed class MailSender(IOptions<MailOptions> options) : IMailSender
{
    public string FromAddress => options.Value.FromAddress;

    public string FromName => options.Value.FromName;
}
