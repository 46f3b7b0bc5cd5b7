using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

public class LanguageSwitcherTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LanguageSwitcher_SwitchesLanguageAndStaysOnThePage_WithAndWithoutJavaScript(bool javaScriptEnabled)
    {
        var page = javaScriptEnabled ? Page : await NewPageAsync(javaScriptEnabled: false);
        var layout = new LayoutPage(page);
        await OpenAsync(page, "/espoo");
        await Expect(layout.Html).ToHaveAttributeAsync("lang", "fi");
        await Expect(layout.Heading).ToContainTextAsync("Espoo");

        await layout.LanguageSwitcher.ToSwedishAsync();

        layout.Path.ShouldBe("/espoo");
        (await layout.LanguageAsync()).ShouldBe("sv");
        await Expect(layout.Heading).ToContainTextAsync("Esbo");
        await Expect(layout.LanguageSwitcher.Button("På svenska")).ToHaveAttributeAsync("aria-current", "true");

        await layout.LanguageSwitcher.ToFinnishAsync();

        layout.Path.ShouldBe("/espoo");
        (await layout.LanguageAsync()).ShouldBe("fi");
        await Expect(layout.Heading).ToContainTextAsync("Espoo");
    }
}
