using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace CoDesign.TestBase;

/// <summary>Reads what the real SMTP server (aiosmtpd) received, one file per message.</summary>
public static partial class Maildir
{
    public sealed record ReceivedMail(string Path, string Raw, IReadOnlyDictionary<string, string> Headers, string Text, string? Html)
    {
        public string To => Headers.GetValueOrDefault("To", string.Empty);

        public string Subject => Headers.GetValueOrDefault("Subject", string.Empty);
    }

    public static IReadOnlyList<ReceivedMail> For(string address)
    {
        var dir = Path.Combine(TestEnvironment.Maildir, "new");
        if (!Directory.Exists(dir))
        {
            return [];
        }

        // Oldest first, so that the last one is the newest.
        return Directory.GetFiles(dir).OrderBy(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal)
            .Select(Parse).Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>Waits (bounded) until <paramref name="count"/> messages for the address have arrived.</summary>
    public static async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var mails = For(address);
            if (mails.Count >= count || DateTime.UtcNow > deadline)
            {
                return mails;
            }

            await Task.Delay(100);
        }
    }

    public static string UniqueAddress(string prefix) => $"{prefix}-{Guid.NewGuid():N}@test.codesign.fi";

    private static ReceivedMail Parse(string path)
    {
        var raw = File.ReadAllText(path);
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal) is var i and >= 0 ? i : raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = split >= 0 ? raw[..split] : raw;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in headerText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += " " + line.Trim();
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var c and > 0)
            {
                last = line[..c];
                headers[last] = line[(c + 1)..].Trim();
            }
        }

        foreach (var key in headers.Keys.ToList())
        {
            headers[key] = DecodeEncodedWords(headers[key]);
        }

        return new ReceivedMail(path, raw, headers, Part(raw, "text/plain") ?? string.Empty, Part(raw, "text/html"));
    }

    /// <summary>The decoded body of the first MIME part of the given type (quoted-printable or base64).</summary>
    private static string? Part(string raw, string contentType)
    {
        var normalized = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var index = normalized.IndexOf("Content-Type: " + contentType, StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var headerEnd = normalized.IndexOf("\n\n", index, StringComparison.Ordinal);
        var partHeaders = normalized[index..headerEnd];
        var bodyStart = headerEnd + 2;
        var boundaryMatch = BoundaryRegex().Match(normalized);
        var end = boundaryMatch.Success ? normalized.IndexOf("--" + boundaryMatch.Groups[1].Value, bodyStart, StringComparison.Ordinal) : normalized.Length;
        var body = normalized[bodyStart..(end < 0 ? normalized.Length : end)];
        if (partHeaders.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            return DecodeQuotedPrintable(body);
        }

        if (partHeaders.Contains("base64", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\n", string.Empty, StringComparison.Ordinal)));
        }

        return body;
    }

    private static string DecodeQuotedPrintable(string s)
    {
        var bytes = new List<byte>();
        var text = s.Replace("=\n", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>RFC 2047: adjacent encoded words are joined (a character may be split between them).</summary>
    private static string DecodeEncodedWords(string value)
    {
        var joined = AdjacentWordsRegex().Replace(value, "?==?");
        return EncodedRunRegex().Replace(joined, run =>
        {
            var bytes = new List<byte>();
            foreach (Match m in EncodedWordRegex().Matches(run.Value))
            {
                var data = m.Groups[3].Value;
                bytes.AddRange(m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                    ? Convert.FromBase64String(data)
                    : Encoding.UTF8.GetBytes(DecodeQuotedPrintable(data.Replace('_', ' '))));
            }

            return Encoding.UTF8.GetString(bytes.ToArray());
        });
    }

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex AdjacentWordsRegex();

    [GeneratedRegex(@"(=\?[^?]+\?[BbQq]\?[^?]*\?=)+")]
    private static partial Regex EncodedRunRegex();

    [GeneratedRegex("boundary=\"?([^\";\\n]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryRegex();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordRegex();

    internal static MailAddress? TryAddress(string value) => MailAddress.TryCreate(value, out var a) ? a : null;
}
