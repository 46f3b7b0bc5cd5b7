using System.Globalization;
using System.Net.Security;
using CoDesign.Application.Notifications;
using Microsoft.Extensions.Options;

namespace CoDesign.Web.Mail;

/// <summary>
/// Sends with MailKit (docs/adr/0011): one SMTP connection per delivery batch, STARTTLS or implicit TLS,
/// authentication, timeouts and DKIM signing; without an SMTP host, .eml files in a pickup folder (the
/// embedded mode). MailKit stays in this adapter: Application sees only <see cref="IMailTransport"/>.
/// </summary>
public sealed class SmtpMailTransport : IMailTransport
{
    private readonly MailOptions _settings;
    private readonly string _contentRoot;
    private readonly TimeProvider _clock;
    private readonly Lazy<MimeMailComposer> _composer;

    public SmtpMailTransport(IOptions<MailOptions> options, IWebHostEnvironment environment, TimeProvider clock)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), environment?.ContentRootPath ?? throw new ArgumentNullException(nameof(environment)), clock)
    {
    }

    internal SmtpMailTransport(MailOptions settings, string contentRoot, TimeProvider clock)
    {
        _settings = settings;
        _contentRoot = contentRoot;
        _clock = clock;

        // The DKIM key is read once, when the first mail is sent, not at every start of a page-only node.
        _composer = new Lazy<MimeMailComposer>(() => new MimeMailComposer(_settings, _contentRoot));
    }

    /// <summary>Only for tests against a server with a self-signed certificate; unset, the system's trust store decides.</summary>
    internal RemoteCertificateValidationCallback? CertificateValidation { get; set; }

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IMailSession>(_settings.UsesSmtp
            ? new SmtpMailSession(_settings.Smtp, _composer.Value, _clock, CertificateValidation)
            : new PickupMailSession(PickupFolder(_settings, _contentRoot), _composer.Value, _clock));

    public static string PickupFolder(MailOptions settings, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Path.IsPathRooted(settings.PickupDirectory) ? settings.PickupDirectory : Path.Combine(contentRoot, settings.PickupDirectory);
    }

    internal static string Describe(MailOptions settings) =>
        settings.UsesSmtp
            ? string.Create(CultureInfo.InvariantCulture, $"SMTP {settings.Smtp.Host}:{settings.Smtp.Port} ({settings.Smtp.EffectiveSecurity})")
            : "pickup folder " + settings.PickupDirectory;
}
