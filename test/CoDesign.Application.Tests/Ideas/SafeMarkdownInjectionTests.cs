using System.Net;
using System.Text.RegularExpressions;
using CoDesign.Application.Ideas;

namespace CoDesign.Application.Tests.Ideas;

/// <summary>
/// Script-capable link schemes in every Markdown link form, obfuscated the ways browsers still
/// accept (case, entities, whitespace, control characters, percent-encoding), and attribute
/// break-outs through link titles and addresses. Whatever the input, the output has only the
/// limited set of tags, no event-handler attribute and no address other than http, https or mailto.
/// </summary>
public sealed partial class SafeMarkdownInjectionTests
{
    private static readonly string[] AllowedTags = ["p", "strong", "em", "ul", "ol", "li", "blockquote", "a", "br", "h3", "h4", "h5", "h6", "code", "pre", "hr"];

    public static TheoryData<string> DangerousLinks() => new(
    [
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](<javascript:alert(1)>)",
        "[x](jav&#x61;script:alert(1))",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[x](&#x6A;avascript&#x3A;alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](jav\tascript:alert(1))",
        "[x](java%0ascript:alert(1))",
        "[x](java\\u0000script:alert(1))",
        "[x](\u0001javascript:alert(1))",
        "[x](\u200Bjavascript:alert(1))",
        "[x](javascript://%0aalert(1))",
        "[x](javascript://example.fi/%0Aalert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x](data:image/svg+xml,<svg onload=alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x](//evil.example/x)",
        "[x](/relative)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[x][ref]\n\n[ref]: <data:text/html,<script>alert(1)</script>>",
        "[ref]\n\n[ref]: vbscript:msgbox(1)",
        "<javascript:alert(1)>",
        "<data:text/html,alert(1)>",
        "<vbscript:msgbox(1)>",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[![x](https://example.fi/a.png)](javascript:alert(1))",
        "[**x**](javascript:alert(1))",
        "[x](javascript:alert(1) \"title\")",
    ]);

    public static TheoryData<string> AttributeBreakouts() => new(
    [
        "[x](https://example.fi \"t\\\" onmouseover=\\\"alert(1)\")",
        "[x](https://example.fi 'a\" onmouseover=\"alert(1)')",
        "[x](https://example.fi/\"onmouseover=\"alert(1))",
        "[x](<https://example.fi/\" onfocus=\"alert(1)\" autofocus=\">)",
        "[x](https://example.fi/'><script>alert(1)</script>)",
        "<https://example.fi/\"onmouseover=\"alert(1)>",
        "[<img src=x onerror=alert(1)>](https://example.fi)",
        "[x](https://example.fi)<!-- --><svg onload=alert(1)>",
        "`<script>alert(1)</script>`",
        "```\n</code><script>alert(1)</script>\n```",
        "> <iframe srcdoc=\"<script>alert(1)</script>\">",
        "- <details open ontoggle=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    ]);

    [Theory]
    [MemberData(nameof(DangerousLinks))]
    public void ScriptCapableLinks_BecomeText_WithNoAddress(string input)
    {
        var html = SafeMarkdown.ToHtml(input);
        AssertSafe(html);
        html.ShouldNotContain("<a ", Case.Insensitive, html);
    }

    [Theory]
    [MemberData(nameof(AttributeBreakouts))]
    public void AttributeAndTagBreakouts_StayInsideTheirAttributeOrText(string input)
    {
        AssertSafe(SafeMarkdown.ToHtml(input));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("vbscript:x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative")]
    [InlineData("//evil.example")]
    [InlineData("ftp://example.fi")]
    [InlineData("")]
    public void IsAllowed_RefusesEverythingButHttpHttpsAndMailto(string url)
    {
        SafeMarkdown.IsAllowed(url).ShouldBeFalse();
    }

    [Fact]
    public void AssertSafe_CatchesWhatItLooksFor()
    {
        // The checks below must be able to fail, or the tests above prove nothing.
        Should.Throw<ShouldAssertException>(() => AssertSafe("<p><a href=\"jav&#x09;ascript:alert(1)\">x</a></p>"));
        Should.Throw<ShouldAssertException>(() => AssertSafe("<p onclick=\"alert(1)\">x</p>"));
        Should.Throw<ShouldAssertException>(() => AssertSafe("<p><img src=x></p>"));
        AssertSafe("<p><a href=\"https://example.fi\" rel=\"nofollow\">x</a> &lt;script&gt;</p>");
    }

    private static void AssertSafe(string html)
    {
        foreach (Match tag in TagPattern().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            AllowedTags.ShouldContain(name, $"tag <{name}> in {html}");
            foreach (Match attribute in AttributePattern().Matches(tag.Groups["attributes"].Value))
            {
                var attributeName = attribute.Groups["name"].Value.ToLowerInvariant();
                attributeName.ShouldBeOneOf(["href", "rel", "title", "class", "id", "start"], $"attribute {attributeName} in {html}");
                if (attributeName == "href")
                {
                    // What a browser would follow: entities decoded, whitespace and control characters dropped.
                    var url = new string(WebUtility.HtmlDecode(attribute.Groups["value"].Value).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    url.ShouldSatisfyAllConditions(
                        $"href {url} in {html}",
                        () => Regex.IsMatch(url, "^(https?://|mailto:)", RegexOptions.IgnoreCase).ShouldBeTrue());
                }
            }
        }
    }

    [GeneratedRegex("<(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>[^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("(?<name>[^\\s=/\"']+)\\s*=\\s*\"(?<value>[^\"]*)\"")]
    private static partial Regex AttributePattern();
}
