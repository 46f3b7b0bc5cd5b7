using System.Globalization;
using System.Text.RegularExpressions;

namespace CoDesign.Browser.Tests.Injection;

/// <summary>The payloads of xss-payloads.txt, and helpers to pack several into one field.</summary>
public static partial class XssCorpus
{
    public static IReadOnlyList<XssPayload> All { get; } = Load();

    /// <summary>Payloads without a null character, which PostgreSQL cannot store in text and the app refuses.</summary>
    public static IReadOnlyList<XssPayload> Storable { get; } = All.Where(p => !p.Text.Contains('\0', StringComparison.Ordinal)).ToList();

    /// <summary>
    /// All the payloads' texts in as few strings of at most <paramref name="max"/> characters as
    /// possible (a payload longer than that is left out), separated by a space: one field holds several.
    /// </summary>
    public static IReadOnlyList<string> Pack(IEnumerable<XssPayload> payloads, int max, string separator = " ")
    {
        ArgumentNullException.ThrowIfNull(payloads);
        var packed = new List<string>();
        var current = string.Empty;
        foreach (var payload in payloads.Where(p => p.Text.Length <= max))
        {
            if (current.Length > 0 && current.Length + separator.Length + payload.Text.Length > max)
            {
                packed.Add(current);
                current = string.Empty;
            }

            current = current.Length == 0 ? payload.Text : current + separator + payload.Text;
        }

        if (current.Length > 0)
        {
            packed.Add(current);
        }

        return packed;
    }

    private static List<XssPayload> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Injection", "xss-payloads.txt");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .Select(parts => new XssPayload(parts[0], Escape().Replace(parts[1], m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)))))
            .ToList();
    }

    [GeneratedRegex(@"\\u\{([0-9A-Fa-f]{1,6})\}")]
    private static partial Regex Escape();
}
