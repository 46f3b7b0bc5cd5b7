using System.Net.Security;
using CoDesign.Application.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace CoDesign.Web.Mail;

/// <summary>
/// One SMTP connection for a delivery batch, made on the first send. A connection that drops is made
/// again for the next mail; when making it fails, the rest of the batch fails at once with the same
/// reason instead of waiting for the timeout once per mail.
/// </summary>
internal sealed class SmtpMailSession(
    SmtpSettings smtp,
    MimeMailComposer composer,
    TimeProvider clock,
    RemoteCertificateValidationCallback? certificateValidation) : IMailSession
{
    private SmtpClient? _client;
    private MailDeliveryException? _connectFailure;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        using var message = composer.Compose(mail, clock.GetUtcNow());
        var client = await ConnectedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await client.SendAsync(MimeMailComposer.Format, message, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException ex)
        {
            // A refusal of this mail leaves the connection usable (MailKit resets the transaction);
            // the next mail goes through it.
            if (!client.IsConnected)
            {
                await DropAsync().ConfigureAwait(false);
            }

            throw SmtpFailures.FromReply(ex);
        }
        catch (Exception ex) when (SmtpFailures.IsConnectionFailure(ex))
        {
            await DropAsync().ConfigureAwait(false);
            throw SmtpFailures.FromConnection(ex);
        }
        catch (OperationCanceledException)
        {
            // The server may be in the middle of a command: the connection cannot be trusted.
            await DropAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { IsConnected: true } client)
        {
            try
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (SmtpFailures.IsConnectionFailure(ex))
            {
                // Every mail's outcome is already known; a failed QUIT changes none of them.
            }
        }

        _client?.Dispose();
        _client = null;
    }

    internal static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true } connected)
        {
            return connected;
        }

        if (_connectFailure is not null)
        {
            throw _connectFailure;
        }

        await DropAsync().ConfigureAwait(false);
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds };
        if (certificateValidation is not null)
        {
            client.ServerCertificateValidationCallback = certificateValidation;
        }

        try
        {
            await client.ConnectAsync(smtp.Host ?? string.Empty, smtp.Port, SocketOptions(smtp.EffectiveSecurity), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (SmtpFailures.IsConnectionFailure(ex))
        {
            client.Dispose();
            _connectFailure = SmtpFailures.FromConnection(ex);
            throw _connectFailure;
        }
        catch
        {
            client.Dispose();
            throw;
        }

        _client = client;
        return client;
    }

    private async Task DropAsync()
    {
        if (_client is null)
        {
            return;
        }

        try
        {
            await _client.DisconnectAsync(quit: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (SmtpFailures.IsConnectionFailure(ex))
        {
            // Already gone; it is thrown away either way.
        }

        _client.Dispose();
        _client = null;
    }
}
