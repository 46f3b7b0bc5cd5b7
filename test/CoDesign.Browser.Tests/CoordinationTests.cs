using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>
/// A coordinator compares cities: the dashboard and a theme's drill-down in Finnish and Swedish,
/// reached with the keyboard, with zero axe violations (charts included).
/// </summary>
public class CoordinationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("fi", "Kaupunkien vertailu", "Liikkuminen")]
    [InlineData("sv", "Jämförelse mellan städer", "Mobilitet")]
    public async Task DashboardAndDrillDown_InFinnishAndSwedish_HaveNoAxeViolations(string language, string title, string mobility)
    {
        var ui = Ui.For(language);
        await new SignInPage(Page).SignInAsync(CoordinationPages.Coordinator, ui, "/coordination?from=2020-01-01");
        var pages = new CoordinationPages(Page);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(pages.Heading).ToHaveTextAsync(title);
        // Ten seeded themes, and any a test in the same app added (the XSS corpus adds one): a chart each plus the overview.
        await Expect(pages.GridRows.Nth(9)).ToBeVisibleAsync();
        var themes = await pages.GridRows.CountAsync();
        await Expect(pages.Charts).ToHaveCountAsync(themes + 1);
        await Expect(pages.SimilarGroups.First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // Another figure through the GET form, with the keyboard only.
        await pages.FigureSelect.FocusAsync();
        await pages.FigureSelect.SelectOptionAsync("median");
        await pages.ShowButton.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(u => u.Contains("figure=median", StringComparison.Ordinal));
        await Expect(pages.GridRows).ToHaveCountAsync(themes);
        await AxeAssert.NoViolationsAsync(Page);

        // The drill-down keeps the period.
        await pages.ThemeLink("mobility").First.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(u => u.Contains("/coordination/themes/mobility?from=", StringComparison.Ordinal));
        await Expect(pages.Heading).ToHaveTextAsync(mobility);
        await Expect(pages.TopIdeaLists.First).ToBeVisibleAsync();
        await Expect(pages.Charts).ToHaveCountAsync(6);
        await AxeAssert.NoViolationsAsync(Page);
    }

    [Fact]
    public async Task ThemeManagementAndOpenData_HaveNoAxeViolations()
    {
        await new SignInPage(Page).SignInAsync(CoordinationPages.Coordinator, Ui.Sv, "/coordination/themes");
        await Expect(Page.Locator(".theme-list > li").Nth(9)).ToBeVisibleAsync();
        await Page.Locator(".theme-list details summary").First.ClickAsync();
        await AxeAssert.NoViolationsAsync(Page);

        await OpenAsync(Page, "/opendata");
        await Expect(Page.Locator("main h1")).ToHaveTextAsync("Öppna data");
        await AxeAssert.NoViolationsAsync(Page);
    }
}
