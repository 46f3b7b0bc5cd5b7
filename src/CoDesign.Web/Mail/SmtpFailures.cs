using System.Globalization;
using System.Net.Sockets;
using CoDesign.Application.Notifications;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace CoDesign.Web.Mail;

/// <summary>MailKit's exceptions in the outbox's terms: what is permanent, what is retried, and the server's reply.</summary>
internal static class SmtpFailures
{
    /// <summary>The server answered the mail itself (MAIL FROM, RCPT TO, DATA): 5xx is permanent (but 530), 4xx is retried.</summary>
    public static MailDeliveryException FromReply(SmtpCommandException ex)
    {
        var code = (int)ex.StatusCode;
        var reply = string.Create(CultureInfo.InvariantCulture, $"{code} {ex.Message}").Trim();
        // 530: the server wants a login or TLS first, which is our settings' state, not this mail's.
        var permanent = code is >= 500 and < 600 and not 530;
        return new MailDeliveryException(
            permanent ? "The SMTP server refused the mail: " + reply : "The SMTP server put the mail off: " + reply,
            permanent,
            reply,
            ex);
    }

    /// <summary>
    /// Anything that went wrong with the connection (connecting, TLS, signing in, a drop, a timeout) is
    /// retried, even a 5xx at connect or login: that is the server's or our settings' state, not the mail's.
    /// </summary>
    public static MailDeliveryException FromConnection(Exception ex) =>
        new(ex.GetType().Name + ": " + ex.Message, isPermanent: false, serverReply: null, ex);

    public static bool IsConnectionFailure(Exception ex) =>
        ex is IOException or SocketException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or SslHandshakeException or AuthenticationException or SmtpCommandException or ProtocolException;
}
