using System.Text.RegularExpressions;
using CoDesign.TestBase;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>The links in the mail the app sent to an address (read from the test SMTP server's maildir).</summary>
public static partial class Mailbox
{
    /// <summary>
    /// Waits (bounded) for a mail to the address with a link to <paramref name="path"/> and returns
    /// that link; fails when none arrives, or when more than one such link came.
    /// </summary>
    public static async Task<Uri> LinkAsync(string address, string path, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var mails = Maildir.For(address);
            var links = mails
                .SelectMany(m => LinkRegex().Matches(m.Text))
                .Select(m => new Uri(m.Value))
                .Where(u => u.AbsolutePath == path)
                .Distinct()
                .ToList();
            if (links.Count > 0)
            {
                links.ShouldHaveSingleItem($"links to {path} in the mail to {address}");
                return links[0];
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No mail to {address} with a link to {path} within the time; received: "
                    + string.Join(" | ", mails.Select(m => m.Subject)));
            }

            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex LinkRegex();
}
