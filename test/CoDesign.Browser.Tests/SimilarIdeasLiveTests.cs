using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>With JavaScript, similar ideas appear under the title while it is typed (wwwroot/js/similar.js).</summary>
public class SimilarIdeasLiveTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TypingTitleLikeExistingIdea_WithJavaScript_ListsItInPoliteLiveRegion()
    {
        var ui = Ui.Fi;
        await new SignInPage(Page).SignInAsync(45, ui, "/helsinki/ideas");
        var (title, path) = await new IdeaListPage(Page, ui).IdeaAsync(0);

        await OpenAsync(Page, "/helsinki/ideas/new");
        var form = new NewIdeaPage(Page, ui);
        var live = form.SimilarLive;
        await Expect(live).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(form.SimilarLiveLinks).ToHaveCountAsync(0);

        // A live region must already be in the accessibility tree when content is put in it, or
        // screen readers may not announce it: so not display:none (nor hidden) while empty.
        (await live.EvaluateAsync<string>("e => getComputedStyle(e).display")).ShouldNotBe("none", "the empty live region is display:none");
        (await live.GetAttributeAsync("aria-hidden")).ShouldBeNull();

        await form.Title.PressSequentiallyAsync(title);

        await Expect(form.SimilarLiveLinks.First).ToBeVisibleAsync();
        await Expect(live.Locator($"a[href='{path}']")).ToHaveCountAsync(1);
        await Expect(live.Locator($"a[href='{path}']").First).ToHaveTextAsync(title);
        await AxeAssert.NoViolationsAsync(Page);
    }
}
