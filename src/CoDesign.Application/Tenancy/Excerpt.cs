using System.Text;

namespace CoDesign.Application.Tenancy;

/// <summary>A plain-text excerpt of limited Markdown, cut at a word boundary.</summary>
public static class Excerpt
{
    public static string Of(string markdown, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var sb = new StringBuilder(Math.Min(markdown.Length, maxLength + 16));
        var lastWasSpace = true;
        foreach (var ch in markdown)
        {
            if (ch is '*' or '_' or '#' or '`' or '>' or '[' or ']')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (ch == '-' && lastWasSpace)
            {
                continue;
            }

            sb.Append(ch);
            lastWasSpace = false;
        }

        var text = sb.ToString().Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength), "…");
    }
}
