using CoDesign.Application.Ideas;

namespace CoDesign.Application.Tests.Ideas;

/// <summary>Limited Markdown renders formatting but never markup, scripts or unsafe links.</summary>
public sealed class SafeMarkdownTests
{
    [Fact]
    public void Paragraphs_Lists_AndBold_AreRendered()
    {
        var html = SafeMarkdown.ToHtml("Ensimmäinen kappale.\n\n- yksi\n- kaksi\n\n**tärkeä**");
        html.ShouldContain("<p>Ensimmäinen kappale.</p>");
        html.ShouldContain("<li>yksi</li>");
        html.ShouldContain("<strong>tärkeä</strong>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void RawHtml_IsShownAsText(string input)
    {
        var html = SafeMarkdown.ToHtml(input);
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldNotContain("<iframe", Case.Insensitive);
        html.ShouldNotContain("<a href=\"javascript", Case.Insensitive);
        html.ShouldContain("&lt;");
    }

    [Theory]
    [InlineData("[klikkaa](javascript:alert(1))")]
    [InlineData("[klikkaa](JaVaScRiPt:alert(1))")]
    [InlineData("[klikkaa](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[klikkaa](vbscript:msgbox)")]
    [InlineData("[klikkaa](/relative/path)")]
    public void UnsafeLinks_BecomePlainText(string input)
    {
        var html = SafeMarkdown.ToHtml(input);
        html.ShouldNotContain("<a ");
        html.ShouldContain("klikkaa");
    }

    [Theory]
    [InlineData("[kaupunki](https://www.hel.fi/)", "https://www.hel.fi/")]
    [InlineData("[kirjasto](http://example.fi/a?b=1)", "http://example.fi/a?b=1")]
    [InlineData("[posti](mailto:palaute@example.fi)", "mailto:palaute@example.fi")]
    public void SafeLinks_AreKept_WithNofollow(string input, string href)
    {
        var html = SafeMarkdown.ToHtml(input);
        html.ShouldContain($"href=\"{href}\"");
        html.ShouldContain("rel=\"nofollow noopener noreferrer\"");
    }

    [Fact]
    public void Images_AreNotRendered()
    {
        var html = SafeMarkdown.ToHtml("![kuva](https://evil.example/track.png)");
        html.ShouldNotContain("<img");
        html.ShouldContain("kuva");
    }

    [Fact]
    public void Headings_NeverCompeteWithThePagesOwn()
    {
        var html = SafeMarkdown.ToHtml("# Otsikko\n\nTeksti");
        html.ShouldNotContain("<h1");
        html.ShouldNotContain("<h2");
        html.ShouldContain("<h3");
    }
}
