using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.Harness;

/// <summary>Runs axe-core on the page as it is now and fails on any WCAG 2.1 A/AA violation.</summary>
public static class AxeAssert
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// The page must run scripts: axe is injected into the page's own world, and Playwright waits
    /// for it forever when JavaScript is disabled (see <see cref="BrowserTest.WithJavaScriptAsync"/>).
    /// </summary>
    public static async Task NoViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        AxeResult result;
        try
        {
            result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            }).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"axe did not finish on {page.Url} within 30 s (is JavaScript disabled in its context?)");
            throw;
        }

        if (result.Violations.Length == 0)
        {
            return;
        }

        Assert.Fail(Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder();
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{violations.Length} axe violation(s) on {url}:").AppendLine();
        foreach (var violation in violations)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})").AppendLine();
            foreach (var node in violation.Nodes)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}").AppendLine();
            }
        }

        return text.ToString();
    }
}
