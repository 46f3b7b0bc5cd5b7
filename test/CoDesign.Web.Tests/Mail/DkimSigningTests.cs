using System.Security.Cryptography;
using System.Text;
using CoDesign.TestBase;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace CoDesign.Web.Tests.Mail;

/// <summary>DKIM as a receiver checks it: the mail goes through the real SMTP server and is verified from its Maildir file.</summary>
public sealed class DkimSigningTests : IDisposable
{
    private const string Selector = "codesign2026";
    private readonly RSA _key = RSA.Create(2048);
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), $"codesign-dkim-{Guid.NewGuid():N}.pem");

    public DkimSigningTests()
    {
        File.WriteAllText(_keyFile, _key.ExportRSAPrivateKeyPem());
    }

    public void Dispose()
    {
        _key.Dispose();
        File.Delete(_keyFile);
    }

    [Fact]
    public async Task SignedMail_Verifies_WithHeadersAddedOnTheWay_AndFailsOnceTheBodyIsChanged()
    {
        var settings = MailWorld.Smtp(TestEnvironment.SmtpPort);
        settings.Dkim = new Web.Mail.DkimSettings { Domain = "codesign.example", Selector = Selector, PrivateKeyFile = _keyFile };
        await using var world = await MailWorld.CreateAsync(settings);
        var address = Maildir.UniqueAddress("dkim");
        await world.QueueAsync([address], "Helsinki: päivän kooste", "Uusi vastaus ideaasi. BODYMARK-7f3a", "<p>Uusi vastaus ideaasi. BODYMARK-7f3a</p>");

        (await world.DeliverAsync()).Sent.ShouldBe(1);

        var received = (await Maildir.WaitForAsync(address)).ShouldHaveSingleItem();
        using var message = received.Load();
        var signature = message.Headers[message.Headers.IndexOf(HeaderId.DkimSignature)];
        var tags = signature.Value.Split(';').Select(t => t.Trim().Split('=', 2)).Where(t => t.Length == 2).ToDictionary(t => t[0], t => string.Concat(t[1].Where(c => !char.IsWhiteSpace(c))));
        tags["d"].ShouldBe("codesign.example");
        tags["s"].ShouldBe(Selector);
        tags["a"].ShouldBe("rsa-sha256");
        tags["c"].ShouldBe("relaxed/relaxed");
        tags["h"].ToUpperInvariant().Split(':').ShouldBe(
            ["FROM", "TO", "SUBJECT", "DATE", "MESSAGE-ID", "MIME-VERSION", "CONTENT-TYPE", "LIST-UNSUBSCRIBE", "LIST-UNSUBSCRIBE-POST"],
            ignoreOrder: true);

        // The receiving server added its own headers (aiosmtpd: X-Peer, X-MailFrom, X-RcptTo); a relay
        // adds Received. Neither is signed, so neither breaks the signature.
        message.Headers.Contains("X-Peer").ShouldBeTrue();
        message.Headers.Insert(0, new Header("Received", "from relay.example.fi by mx.example.fi; Mon, 23 Nov 2026 10:00:00 +0000"));
        var verifier = new DkimVerifier(new PublishedKey(_key));
        (await verifier.VerifyAsync(message, signature)).ShouldBeTrue();

        // The same file with one character of the body changed no longer verifies.
        var tampered = received.Raw.Replace("BODYMARK-7f3a", "BODYMARK-7f3b", StringComparison.Ordinal);
        tampered.ShouldNotBe(received.Raw);
        using var changed = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(tampered)));
        var changedSignature = changed.Headers[changed.Headers.IndexOf(HeaderId.DkimSignature)];
        (await verifier.VerifyAsync(changed, changedSignature)).ShouldBeFalse();
    }

    /// <summary>Answers as DNS would for {selector}._domainkey.codesign.example: the TXT record with the public key.</summary>
    private sealed class PublishedKey(RSA key) : DkimPublicKeyLocatorBase
    {
        private readonly string _record = "v=DKIM1; k=rsa; p=" + Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default)
        {
            domain.ShouldBe("codesign.example");
            selector.ShouldBe(Selector);
            return GetPublicKey(_record);
        }

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain, selector, cancellationToken));
    }
}
