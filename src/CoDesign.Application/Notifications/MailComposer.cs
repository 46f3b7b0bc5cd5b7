using System.Net;
using System.Text;
using CoDesign.Application.Localization;

namespace CoDesign.Application.Notifications;

/// <summary>A link in a mail: the text says where it goes, and the address is written out in the plain-text part.</summary>
public sealed record MailLink(string Text, string Url);

/// <summary>One entry of a digest section: a title that links to the thing, and a line about what happened.</summary>
public sealed record MailItem(string Title, string? Detail, string? Url);

/// <summary>A digest section with a real heading.</summary>
public sealed record MailSection(string Heading, IReadOnlyList<MailItem> Items, string? Summary = null);

/// <summary>
/// Builds simple, accessible mail: a real heading structure, paragraphs and lists, links whose text
/// says where they go (written out in full as well), the language declared, dark text on white
/// (contrast above 12:1), no images, and a plain-text part that says the same for plain-text clients.
/// </summary>
public sealed class MailComposer(ITextCatalog texts)
{
    private const string LinkStyle = "color:#0b3d6e;font-weight:bold;text-decoration:underline";
    private const string SmallStyle = "font-size:14px;color:#3d3d3d";

    public MailContent Compose(string language, string subject, string heading, IReadOnlyList<string> paragraphs, string? actionText = null, string? actionUrl = null, IReadOnlyList<MailLink>? footerLinks = null)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var lang = Languages.Normalize(language);
        var text = new StringBuilder();
        text.AppendLine(heading).AppendLine();
        foreach (var p in paragraphs)
        {
            text.AppendLine(p).AppendLine();
        }

        if (actionUrl is not null)
        {
            text.Append(actionText).Append(": ").AppendLine(actionUrl).AppendLine();
        }

        var html = Open(lang, subject, heading);
        foreach (var p in paragraphs)
        {
            html.Append("<p>").Append(Enc(p)).Append("</p>");
        }

        if (actionUrl is not null)
        {
            html.Append("<p><a href=\"").Append(Enc(actionUrl)).Append("\" style=\"").Append(LinkStyle).Append("\">").Append(Enc(actionText ?? actionUrl)).Append("</a></p>")
                .Append("<p style=\"").Append(SmallStyle).Append("\">").Append(Enc(actionUrl)).Append("</p>");
        }

        return Close(lang, subject, text, html, footerLinks);
    }

    /// <summary>A digest: an introduction, then one headed section per kind of news, each a list of linked items.</summary>
    public MailContent ComposeDigest(string language, string subject, string heading, string intro, IReadOnlyList<MailSection> sections, IReadOnlyList<MailLink> footerLinks)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var lang = Languages.Normalize(language);
        var text = new StringBuilder();
        text.AppendLine(heading).AppendLine(new string('=', Math.Min(heading.Length, 72))).AppendLine().AppendLine(intro).AppendLine();
        var html = Open(lang, subject, heading);
        html.Append("<p>").Append(Enc(intro)).Append("</p>");
        foreach (var section in sections)
        {
            text.AppendLine(section.Heading).AppendLine(new string('-', Math.Min(section.Heading.Length, 72)));
            html.Append("<h2 style=\"font-size:19px;color:#0b3d6e;margin-top:28px\">").Append(Enc(section.Heading)).Append("</h2>");
            if (section.Summary is { } summary)
            {
                text.AppendLine(summary);
                html.Append("<p>").Append(Enc(summary)).Append("</p>");
            }

            if (section.Items.Count > 0)
            {
                html.Append("<ul style=\"padding-left:20px\">");
                foreach (var item in section.Items)
                {
                    text.Append("* ").AppendLine(item.Title);
                    html.Append("<li style=\"margin-bottom:12px\">");
                    if (item.Url is { } url)
                    {
                        html.Append("<a href=\"").Append(Enc(url)).Append("\" style=\"").Append(LinkStyle).Append("\">").Append(Enc(item.Title)).Append("</a>");
                    }
                    else
                    {
                        html.Append("<strong>").Append(Enc(item.Title)).Append("</strong>");
                    }

                    if (item.Detail is { } detail)
                    {
                        text.Append("  ").AppendLine(detail);
                        html.Append("<br>").Append(Enc(detail));
                    }

                    if (item.Url is { } plainUrl)
                    {
                        text.Append("  ").AppendLine(plainUrl);
                    }

                    html.Append("</li>");
                }

                html.Append("</ul>");
            }

            text.AppendLine();
        }

        return Close(lang, subject, text, html, footerLinks);
    }

    private static StringBuilder Open(string lang, string subject, string heading) =>
        new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
            .Append(Enc(subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5\">")
            .Append("<main style=\"max-width:600px\"><h1 style=\"font-size:22px;color:#0b3d6e\">").Append(Enc(heading)).Append("</h1>");

    private MailContent Close(string lang, string subject, StringBuilder text, StringBuilder html, IReadOnlyList<MailLink>? footerLinks)
    {
        var footer = texts.Text("Mail.Footer", lang);
        text.AppendLine("-- ").AppendLine(footer);
        html.Append("<hr><footer><p style=\"").Append(SmallStyle).Append("\">").Append(Enc(footer)).Append("</p>");
        foreach (var link in footerLinks ?? [])
        {
            text.Append(link.Text).Append(": ").AppendLine(link.Url);
            html.Append("<p style=\"").Append(SmallStyle).Append("\"><a href=\"").Append(Enc(link.Url)).Append("\" style=\"color:#0b3d6e;text-decoration:underline\">")
                .Append(Enc(link.Text)).Append("</a></p>");
        }

        html.Append("</footer></main></body></html>");
        return new MailContent(subject, text.ToString(), html.ToString());
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
