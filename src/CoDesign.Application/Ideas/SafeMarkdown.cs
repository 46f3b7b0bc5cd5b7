using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CoDesign.Application.Ideas;

/// <summary>
/// Limited Markdown for ideas and responses: paragraphs, emphasis, lists, quotes and links. Raw HTML
/// is shown as text, images are not rendered, and links keep only http, https and mailto addresses
/// (javascript:, data: and the like become plain text). External links get rel="nofollow noopener".
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    public static string ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>().ToList())
        {
            // Headings would break the page's outline; a heading line becomes a bold paragraph.
            heading.Level = Math.Max(heading.Level, 3);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsAllowed(link.Url))
            {
                var text = new LiteralInline(link.IsImage ? (link.FirstChild as LiteralInline)?.Content.ToString() ?? string.Empty : PlainText(link));
                link.ReplaceBy(text);
            }
            else
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener noreferrer");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
    }

    private static string PlainText(ContainerInline container)
    {
        var parts = new List<string>();
        foreach (var child in container)
        {
            parts.Add(child switch
            {
                LiteralInline literal => literal.Content.ToString(),
                ContainerInline nested => PlainText(nested),
                CodeInline code => code.Content,
                _ => string.Empty,
            });
        }

        return string.Concat(parts);
    }
}
