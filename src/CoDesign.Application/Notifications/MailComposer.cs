using System.Net;
using System.Text;
using CoDesign.Application.Localization;

namespace CoDesign.Application.Notifications;

/// <summary>
/// Builds simple, accessible mail: a real heading, paragraphs, a link written out in full, the
/// language declared, and a plain-text part that says the same.
/// </summary>
public sealed class MailComposer(ITextCatalog texts)
{
    public MailContent Compose(string language, string subject, string heading, IReadOnlyList<string> paragraphs, string? actionText = null, string? actionUrl = null)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var lang = Languages.Normalize(language);
        var footer = texts.Text("Mail.Footer", lang);

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

        text.AppendLine("-- ").AppendLine(footer);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
            .Append(Enc(subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5\">")
            .Append("<main style=\"max-width:600px\"><h1 style=\"font-size:22px;color:#0b3d6e\">").Append(Enc(heading)).Append("</h1>");
        foreach (var p in paragraphs)
        {
            html.Append("<p>").Append(Enc(p)).Append("</p>");
        }

        if (actionUrl is not null)
        {
            html.Append("<p><a href=\"").Append(Enc(actionUrl)).Append("\" style=\"color:#0b3d6e;font-weight:bold\">").Append(Enc(actionText ?? actionUrl)).Append("</a></p>")
                .Append("<p style=\"font-size:14px;color:#444444\">").Append(Enc(actionUrl)).Append("</p>");
        }

        html.Append("<hr><p style=\"font-size:14px;color:#444444\">").Append(Enc(footer)).Append("</p></main></body></html>");
        return new MailContent(subject, text.ToString(), html.ToString());
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
