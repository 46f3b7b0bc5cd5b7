using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

public class FormErrorTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task EmptyLogin_WithoutJavaScript_ShowsAnnouncedErrorSummaryLinkedToFields()
    {
        var page = await NewPageAsync(javaScriptEnabled: false);
        var layout = new LayoutPage(page);
        await OpenAsync(page, "/account/login");
        await Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);

        await layout.Main.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Kirjaudu", Exact = true }).ClickAsync();

        var summary = page.Locator(".error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToHaveAttributeAsync("role", "alert");
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Tarkista seuraavat kohdat");
        foreach (var field in new[] { "Input_Email", "Input_Password" })
        {
            await Expect(summary.Locator($"a[href='#{field}']")).ToHaveCountAsync(1);
            var input = page.Locator($"#{field}");
            await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(input).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex($@"\b{field}-error\b"));
            await Expect(page.Locator($"#{field}-error")).ToBeVisibleAsync();
        }

        // axe needs scripts: check the very markup this page got, in a context that runs them.
        var rendered = await WithJavaScriptAsync(page);
        await Expect(rendered.Locator(".error-summary")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(rendered);
    }
}
