using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace CoDesign.Web.Mail;

/// <summary>
/// Sends with System.Net.Mail (MailKit cannot be restored here; see docs/adr/0004): STARTTLS and
/// authentication to an SMTP server, or .eml files in a pickup folder in the embedded mode.
/// </summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options, IWebHostEnvironment environment) : IMailTransport
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        using var message = new MailMessage
        {
            From = new MailAddress(MailGuard.Address(settings.FromAddress), settings.FromName, Encoding.UTF8),
            Subject = MailGuard.Subject(mail.Subject),
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(MailGuard.Address(mail.To)));
        message.Headers.Add("Message-ID", $"<{mail.Id:N}@codesign>");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (mail.UnsubscribeUrl is { } unsubscribe && Uri.TryCreate(unsubscribe, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            message.Headers.Add("List-Unsubscribe", $"<{uri.AbsoluteUri}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var text = AlternateView.CreateAlternateViewFromString(mail.Text, Encoding.UTF8, MediaTypeNames.Text.Plain);
        text.TransferEncoding = TransferEncoding.QuotedPrintable;
        message.AlternateViews.Add(text);
        if (mail.Html is not null)
        {
            var html = AlternateView.CreateAlternateViewFromString(mail.Html, Encoding.UTF8, MediaTypeNames.Text.Html);
            html.TransferEncoding = TransferEncoding.QuotedPrintable;
            message.AlternateViews.Add(html);
        }

        using var client = CreateClient(settings);
        await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private SmtpClient CreateClient(MailOptions settings)
    {
        if (!settings.UsesSmtp)
        {
            var folder = Path.IsPathRooted(settings.PickupDirectory) ? settings.PickupDirectory : Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
        }

        var smtp = settings.Smtp;
        var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        return client;
    }

    public static string PickupFolder(MailOptions settings, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Path.IsPathRooted(settings.PickupDirectory) ? settings.PickupDirectory : Path.Combine(contentRoot, settings.PickupDirectory);
    }

    internal static string Describe(MailOptions settings) =>
        settings.UsesSmtp
            ? string.Create(CultureInfo.InvariantCulture, $"SMTP {settings.Smtp.Host}:{settings.Smtp.Port}")
            : "pickup folder " + settings.PickupDirectory;
}
