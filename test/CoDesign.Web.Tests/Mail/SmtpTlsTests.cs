using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using CoDesign.TestBase;
using CoDesign.Web.Mail;

namespace CoDesign.Web.Tests.Mail;

/// <summary>STARTTLS and implicit TLS against the real SMTP server, and a certificate that is not trusted is not sent to.</summary>
public sealed class SmtpTlsTests
{
    [Theory]
    [InlineData(SmtpSecurity.StartTls, false)]
    [InlineData(SmtpSecurity.SslOnConnect, true)]
    [InlineData(SmtpSecurity.Auto, false)]
    public async Task Mail_OverTls_ArrivesAtTheRealServer(SmtpSecurity security, bool implicitTls)
    {
        using var server = await TlsSmtpServer.StartAsync(implicitTls);
        var settings = Settings(server, security);

        // The test's own certificate stands in for a public CA's: trusted by its thumbprint only.
        await using var world = await MailWorld.CreateAsync(settings, t =>
            t.CertificateValidation = (_, certificate, _, _) => certificate?.GetCertHashString() == server.Certificate.GetCertHashString());
        await world.QueueAsync("tls@example.fi");

        (await world.DeliverAsync()).ShouldBe(new DeliveryResult(1, 0, 0));

        var file = server.Received.ShouldHaveSingleItem();
        Maildir.Parse(file).To.ShouldBe("tls@example.fi");
    }

    [Fact]
    public async Task Server_WhoseCertificateIsNotTrusted_IsNotSentTo_AndTheMailWaits()
    {
        using var server = await TlsSmtpServer.StartAsync(implicitTls: false);
        await using var world = await MailWorld.CreateAsync(Settings(server, SmtpSecurity.StartTls));
        var id = (await world.QueueAsync("untrusted@example.fi"))[0];

        (await world.DeliverAsync()).ShouldBe(new DeliveryResult(0, 1, 0));

        server.Received.ShouldBeEmpty();
        var row = await world.RowAsync(id);
        row.Status.ShouldBe(OutboxMailStatus.Pending);
        row.LastError.ShouldNotBeNull().ShouldContain("SslHandshakeException");
    }

    [Fact]
    public async Task PlainTextToAServerThatRequiresStartTls_IsPutOff_NotFailed()
    {
        // aiosmtpd answers 530 "Must issue a STARTTLS command first": our settings' fault, not the mail's.
        using var server = await TlsSmtpServer.StartAsync(implicitTls: false);
        await using var world = await MailWorld.CreateAsync(Settings(server, SmtpSecurity.None));
        var id = (await world.QueueAsync("plain@example.fi"))[0];

        (await world.DeliverAsync()).ShouldBe(new DeliveryResult(0, 1, 0));

        var row = await world.RowAsync(id);
        row.Status.ShouldBe(OutboxMailStatus.Pending);
        row.LastError.ShouldNotBeNull().ShouldContain("Must issue a STARTTLS command first");
        server.Received.ShouldBeEmpty();
    }

    private static MailOptions Settings(TlsSmtpServer server, SmtpSecurity security)
    {
        var settings = MailWorld.Smtp(server.Port);
        settings.Smtp.Security = security;
        return settings;
    }
}
