using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>Hangfire's dashboard as a platform admin sees it in Chromium: it works under the app's CSP, with nothing blocked.</summary>
public class HangfireDashboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Dashboard_RendersItsPagesUnderTheAppsCsp_WithNoViolation()
    {
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await new SignInPage(Page).SignInAsync(Staff.PlatformAdmin, Ui.Fi, "/admin/jobs");
        await Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Hangfiren hallintanäkymä: jonot, ajot, uusintayritykset ja palvelimet (englanniksi)" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/hangfire/?$"));
        foreach (var path in new[] { "/admin/hangfire", "/admin/hangfire/recurring", "/admin/hangfire/servers", "/admin/hangfire/jobs/succeeded" })
        {
            await OpenAsync(Page, path);
            await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        await Expect(Page.Locator("body")).ToContainTextAsync("Succeeded");
        violations.ShouldBeEmpty();
    }
}
