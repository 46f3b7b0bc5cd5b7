using System.Text;
using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Text;

namespace CoDesign.Web.Mail;

/// <summary>
/// Turns an outbox mail into the MIME message that is sent or written to the pickup folder: UTF-8
/// text and HTML parts (multipart/alternative), a Message-ID that is the same on every try,
/// Auto-Submitted, RFC 8058 one-click unsubscribe headers and, when configured, a DKIM signature.
/// </summary>
internal sealed class MimeMailComposer
{
    /// <summary>The headers the DKIM signature covers; a relay may add others (Received, X-…) without breaking it.</summary>
    internal static readonly string[] SignedHeaders =
        ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "List-Unsubscribe", "List-Unsubscribe-Post"];

    private readonly MailOptions _settings;
    private readonly DkimSigner? _signer;

    public MimeMailComposer(MailOptions settings, string contentRoot)
    {
        _settings = settings;
        if (settings.Dkim.IsEnabled)
        {
            var keyFile = Path.IsPathRooted(settings.Dkim.PrivateKeyFile!) ? settings.Dkim.PrivateKeyFile! : Path.Combine(contentRoot, settings.Dkim.PrivateKeyFile!);
            _signer = new DkimSigner(keyFile, settings.Dkim.Domain!.Trim(), settings.Dkim.Selector!.Trim(), DkimSignatureAlgorithm.RsaSha256)
            {
                HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
                BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
            };
        }
    }

    /// <summary>
    /// How the message is written, the same when it is signed and when it is sent: with SMTPUTF8 a
    /// client would otherwise write the headers in raw UTF-8 and the signature would no longer match.
    /// </summary>
    internal static FormatOptions Format { get; } = CreateFormat();

    public MimeMessage Compose(OutgoingMail mail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var from = MailGuard.Address(_settings.FromAddress);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(Encoding.UTF8, _settings.FromName, Mailbox(from)));
        message.To.Add(new MailboxAddress(Encoding.UTF8, string.Empty, Mailbox(MailGuard.Address(mail.To))));
        message.Subject = MailGuard.Subject(mail.Subject);
        message.Date = now;
        message.MessageId = MessageId(mail.Id, from);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (mail.UnsubscribeUrl is { } unsubscribe && Uri.TryCreate(unsubscribe, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            message.Headers.Add("List-Unsubscribe", $"<{uri.AbsoluteUri}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var text = Part(TextFormat.Plain, mail.Text);
        MimeEntity body = mail.Html is null ? text : new MultipartAlternative { text, Part(TextFormat.Html, mail.Html) };
        if (mail.Calendar is { } calendar)
        {
            // An invitation as calendar programs expect it: the iCalendar object inline (text/calendar
            // with its METHOD) and the same as an invite.ics attachment for the rest.
            var method = calendar.Contains("METHOD:CANCEL", StringComparison.Ordinal) ? "CANCEL" : "REQUEST";
            var inline = new TextPart("calendar") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
            inline.ContentType.Parameters.Add("method", method);
            inline.SetText(Encoding.UTF8, calendar);
            var file = new MimePart("application", "ics")
            {
                Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(calendar))),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = method == "CANCEL" ? "cancel.ics" : "invite.ics",
            };
            body = new Multipart("mixed") { body is MultipartAlternative alternative ? WithCalendar(alternative, inline) : new MultipartAlternative { body, inline }, file };
        }

        message.Body = body;

        if (_signer is not null)
        {
            // Quoted-printable parts are 7-bit already; preparing makes sure the SMTP client has
            // nothing left to re-encode after the body hash is taken.
            message.Prepare(EncodingConstraint.SevenBit);
            _signer.Sign(Format, message, SignedHeaders);
        }

        return message;
    }

    /// <summary>
    /// The row's id at the sender's domain: a resend of the same row carries the same Message-ID,
    /// so a receiver (or a person) can tell it is the same message.
    /// </summary>
    internal static string MessageId(Guid id, string fromAddress) => $"{id:N}@{fromAddress[(fromAddress.LastIndexOf('@') + 1)..]}";

    /// <summary>
    /// A second opinion from the library that writes the header: MailGuard has already refused
    /// anything but a bare address, so this only fails if the two ever disagree.
    /// </summary>
    private static string Mailbox(string address) =>
        MailboxAddress.TryParse(address, out var parsed) && parsed.Address == address
            ? address
            : throw new ArgumentException("Not a bare e-mail address.", nameof(address));

    private static MultipartAlternative WithCalendar(MultipartAlternative alternative, TextPart calendar)
    {
        alternative.Add(calendar);
        return alternative;
    }

    private static TextPart Part(TextFormat format, string content)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, content);
        return part;
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.International = false;
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
