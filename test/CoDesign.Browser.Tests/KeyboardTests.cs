using CoDesign.Browser.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

public class KeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task SkipLink_IsFirstTabStop_IsVisibleWhenFocused_AndMovesFocusToMain()
    {
        await OpenAsync(Page, "/tampere");
        var skipLink = Layout.SkipLink;
        (await skipLink.IsInsideViewportAsync()).ShouldBeFalse("the skip link should be off-screen until focused");

        await Page.Keyboard.PressAsync("Tab");

        await Expect(skipLink.Link).ToBeFocusedAsync();
        await Expect(skipLink.Link).ToHaveTextAsync("Siirry sisältöön");
        (await skipLink.IsInsideViewportAsync()).ShouldBeTrue("the focused skip link should be visible inside the viewport");

        await Page.Keyboard.PressAsync("Enter");

        await Expect(Layout.Main).ToBeFocusedAsync();
        new Uri(Page.Url).Fragment.ShouldBe("#main");
        (await Page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("main");
    }
}
