using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;

namespace CoDesign.Application.Tests.Notifications;

public class MailComposerTests
{
    private readonly TextCatalog _texts = new();

    [Fact]
    public void Compose_DeclaresTheLanguageAndEncodesText()
    {
        var composer = new MailComposer(_texts);

        var mail = composer.Compose("sv", "Ämne <b>", "Rubrik & mer", ["<script>alert(1)</script>"], "Öppna", "https://codesign.test/a?b=1&c=2");

        mail.Subject.ShouldBe("Ämne <b>");
        mail.Html.ShouldContain("<html lang=\"sv\">");
        mail.Html.ShouldContain("<h1");
        mail.Html.ShouldContain("Rubrik &amp; mer");
        mail.Html.ShouldNotContain("<script>");
        mail.Html.ShouldContain("&lt;script&gt;");
        mail.Html.ShouldContain("href=\"https://codesign.test/a?b=1&amp;c=2\"");
        mail.Html.ShouldContain(System.Net.WebUtility.HtmlEncode(_texts.Text("Mail.Footer", "sv")));
    }

    [Fact]
    public void Compose_PlainTextSaysTheSame()
    {
        var composer = new MailComposer(_texts);

        var mail = composer.Compose("en", "Subject", "Heading", ["First paragraph.", "Second paragraph."], "Open", "https://codesign.test/x");

        mail.Text.ShouldStartWith("Heading");
        mail.Text.ShouldContain("First paragraph.");
        mail.Text.ShouldContain("Second paragraph.");
        mail.Text.ShouldContain("Open: https://codesign.test/x");
        mail.Text.ShouldContain(_texts.Text("Mail.Footer", "en"));
    }

    [Fact]
    public void Compose_WithUnknownLanguage_UsesFinnish()
    {
        var mail = new MailComposer(_texts).Compose("de", "S", "H", []);

        mail.Html.ShouldContain("<html lang=\"fi\">");
        mail.Html.ShouldNotContain("<a ");
    }
}
