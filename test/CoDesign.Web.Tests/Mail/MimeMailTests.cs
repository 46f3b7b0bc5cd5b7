using CoDesign.Application.Notifications;
using CoDesign.TestBase;
using CoDesign.Web.Mail;
using MailKit.Security;
using Microsoft.Extensions.Configuration;

namespace CoDesign.Web.Tests.Mail;

/// <summary>What the MailKit transport writes: the parts and headers a real SMTP server receives, the embedded mode's files, the TLS setting.</summary>
public sealed class MimeMailTests
{
    [Fact]
    public async Task Mail_AsTheRealServerReceivesIt_HasBothParts_TheListHeaders_AndAStableMessageId()
    {
        await using var world = await MailWorld.CreateAsync(MailWorld.Smtp(TestEnvironment.SmtpPort));
        var withLink = Maildir.UniqueAddress("parts");
        var withoutLink = Maildir.UniqueAddress("nolink");
        var id = (await world.QueueAsync([withLink], "Helsinki: päivän kooste – ääkköset", "Hei Äiti,\nuusi vastaus.", "<html lang=\"fi\"><body><p>Hei Äiti, uusi vastaus.</p></body></html>"))[0];
        await world.QueueAsync([withoutLink], "Vahvista sähköpostiosoitteesi", "Vahvista osoite.", null, unsubscribeUrl: null);

        (await world.DeliverAsync()).Sent.ShouldBe(2);

        var mail = (await Maildir.WaitForAsync(withLink)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Helsinki: päivän kooste – ääkköset");
        mail.Headers["From"].ShouldBe("CoDesign Helsinki <noreply@codesign.example>");
        mail.MessageId.ShouldBe($"<{id:N}@codesign.example>");
        mail.Headers["Auto-Submitted"].ShouldBe("auto-generated");
        mail.Headers["List-Unsubscribe"].ShouldBe("<https://codesign.test/unsubscribe/token-1>");
        mail.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        mail.Headers["Content-Type"].ShouldStartWith("multipart/alternative");
        mail.Headers.ContainsKey("Date").ShouldBeTrue();
        mail.Text.ReplaceLineEndings("\n").TrimEnd().ShouldBe("Hei Äiti,\nuusi vastaus.");
        mail.Html.ShouldNotBeNull().ShouldContain("<p>Hei Äiti, uusi vastaus.</p>");

        // Mail that must always be sent (account mail) has no unsubscribe headers; text alone is one part.
        var plain = (await Maildir.WaitForAsync(withoutLink)).ShouldHaveSingleItem();
        plain.Headers.ContainsKey("List-Unsubscribe").ShouldBeFalse();
        plain.Headers.ContainsKey("List-Unsubscribe-Post").ShouldBeFalse();
        plain.Headers["Content-Type"].ShouldStartWith("text/plain");
        plain.Html.ShouldBeNull();
        plain.Text.ShouldStartWith("Vahvista osoite.");
    }

    [Fact]
    public async Task EmbeddedMode_WritesEachMailAsAnEmlFile_InThePickupFolder()
    {
        var folder = Directory.CreateTempSubdirectory("codesign-pickup-").FullName;
        try
        {
            await using var world = await MailWorld.CreateAsync(new MailOptions { PickupDirectory = folder });
            var ids = await world.QueueAsync("one@example.fi", "two@example.fi");

            (await world.DeliverAsync()).Sent.ShouldBe(2);

            Directory.GetFiles(folder).Select(Path.GetFileName).Order().ShouldBe(ids.Select(id => $"{id:N}.eml").Order());
            var file = Maildir.Parse(Path.Combine(folder, $"{ids[0]:N}.eml"));
            file.To.ShouldBe("one@example.fi");
            file.Subject.ShouldBe("Helsinki: päivän kooste");
            file.MessageId.ShouldBe($"<{ids[0]:N}@codesign.example>");
            file.Text.ShouldStartWith("Tässä on 2 uutta asiaa.");
            file.Html.ShouldNotBeNull().ShouldContain("<html lang=\"fi\">");
            file.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, null, SecureSocketOptions.StartTls)]
    [InlineData(null, "true", SecureSocketOptions.StartTls)]
    [InlineData(null, "false", SecureSocketOptions.None)]
    [InlineData("SslOnConnect", "false", SecureSocketOptions.SslOnConnect)]
    [InlineData("StartTls", "false", SecureSocketOptions.StartTls)]
    [InlineData("StartTlsWhenAvailable", null, SecureSocketOptions.StartTlsWhenAvailable)]
    [InlineData("None", "true", SecureSocketOptions.None)]
    [InlineData("Auto", null, SecureSocketOptions.Auto)]
    public void SecuritySetting_ChoosesHowTheConnectionIsSecured_AndEnableSslKeepsItsOldMeaning(string? security, string? enableSsl, SecureSocketOptions expected)
    {
        // Only the keys a deployment sets: an unset key is absent, not empty.
        var values = new Dictionary<string, string?> { ["Mail:Smtp:Host"] = "smtp.example.fi" };
        if (security is not null)
        {
            values["Mail:Smtp:Security"] = security;
        }

        if (enableSsl is not null)
        {
            values["Mail:Smtp:EnableSsl"] = enableSsl;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var settings = configuration.GetSection(MailOptions.Section).Get<MailOptions>().ShouldNotBeNull();

        SmtpMailSession.SocketOptions(settings.Smtp.EffectiveSecurity).ShouldBe(expected);
    }
}
