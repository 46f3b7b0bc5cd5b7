using MimeKit;

namespace CoDesign.TestBase;

/// <summary>Reads what the real SMTP server (aiosmtpd) received, one file per message, parsed by MimeKit.</summary>
public static class Maildir
{
    /// <summary>
    /// One received message. <see cref="Headers"/> holds the message's headers and its top-level content
    /// headers (Content-Type), decoded, the first of each name; <see cref="Raw"/> is the file as it arrived.
    /// </summary>
    public sealed record ReceivedMail(string Path, string Raw, IReadOnlyDictionary<string, string> Headers, string Text, string? Html)
    {
        public string To => Headers.GetValueOrDefault("To", string.Empty);

        public string Subject => Headers.GetValueOrDefault("Subject", string.Empty);

        public string MessageId => Headers.GetValueOrDefault("Message-ID", string.Empty);

        /// <summary>The message as MimeKit reads it, for checks beyond the headers and parts (the caller disposes it).</summary>
        public MimeMessage Load() => MimeMessage.Load(Path);
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

    /// <summary>Parses a message file (a Maildir entry or a pickup-folder .eml).</summary>
    public static ReceivedMail Parse(string path)
    {
        using var message = MimeMessage.Load(path);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in message.Headers.Concat(message.Body?.Headers ?? Enumerable.Empty<Header>()))
        {
            headers.TryAdd(header.Field, header.Value.Trim());
        }

        return new ReceivedMail(path, File.ReadAllText(path), headers, message.TextBody ?? string.Empty, message.HtmlBody);
    }
}
