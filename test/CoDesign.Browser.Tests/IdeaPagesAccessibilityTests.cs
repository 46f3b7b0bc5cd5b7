using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>The idea pages in Finnish and Swedish, signed out and signed in: WCAG 2.1 A/AA per axe.</summary>
public class IdeaPagesAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task IdeaListSearchAndIdeaPage_SignedOut_HaveNoAxeViolations(string language)
    {
        var ui = Ui.For(language);
        var list = new IdeaListPage(Page, ui);
        await UseLanguageAsync(ui);

        // A search with the form (in the demo data no Helsinki idea mentions libraries: the "no results" state).
        await OpenAsync(Page, "/helsinki/ideas");
        await list.SearchAsync("kirjasto");
        await Expect(list.SearchBox).ToHaveValueAsync("kirjasto");
        await Expect(list.Results.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Level = 2 })).ToBeVisibleAsync();
        await Expect(list.IdeaLinks.Or(list.Results.Locator(":scope > p")).First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);

        await OpenAsync(Page, "/helsinki/ideas");
        await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
        await Expect(Layout.Heading).ToHaveCountAsync(1);
        await Expect(list.IdeaLinks.First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);

        var (title, path) = await list.IdeaAsync(0);
        await list.IdeaLinks.First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(Fixture.BaseAddress, path).ToString());
        var idea = new IdeaPage(Page, ui);
        await Expect(idea.Title).ToHaveTextAsync(title);
        await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
        await Expect(Layout.Heading).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(Page);
    }

    [Theory]
    [InlineData("fi", 41)]
    [InlineData("sv", 42)]
    public async Task NewIdeaBothStepsAndIdeaPage_SignedIn_HaveNoAxeViolations(string language, int resident)
    {
        var ui = Ui.For(language);
        var list = new IdeaListPage(Page, ui);
        await new SignInPage(Page).SignInAsync(resident, ui, "/helsinki/ideas?status=Published");
        var (title, path) = await list.IdeaAsync(0);

        // Step 1: the form.
        var form = new NewIdeaPage(Page, ui);
        await OpenAsync(Page, "/helsinki/ideas/new");
        await Expect(Layout.Heading).ToHaveTextAsync(ui.NewIdeaHeading);
        await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
        await Expect(form.Title).ToBeEditableAsync();
        await Expect(form.Category).ToBeEnabledAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // Step 2: the same title as an existing idea brings up the similar ideas.
        await form.FillAsync(title, language == "sv" ? "Samma sak som i den befintliga idén, med några egna ord." : "Sama asia kuin olemassa olevassa ideassa, omin sanoin.");
        await form.ContinueAsync();
        await Expect(form.SimilarHeading).ToBeVisibleAsync();
        await Expect(form.SimilarSection.Locator($"a[href='{path}']")).ToHaveCountAsync(1);
        await Expect(form.VoteInsteadButtons.First).ToBeVisibleAsync();
        await Expect(form.SubmitAnywayButton).ToBeVisibleAsync();
        await Expect(form.BackToEditButton).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // The idea page with its forms.
        var idea = new IdeaPage(Page, ui);
        await OpenAsync(Page, path);
        await Expect(idea.Title).ToHaveTextAsync(title);
        await Expect(idea.VoteButton.Or(idea.WithdrawButton)).ToBeVisibleAsync();
        await Expect(idea.FollowButton.Or(idea.UnfollowButton)).ToBeVisibleAsync();
        await Expect(idea.NewComment).ToBeEditableAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // After a comment: the list has the resident's own comment with its edit and delete controls.
        var text = $"{(language == "sv" ? "Bra idé" : "Hyvä idea")} {Guid.NewGuid():N}";
        await idea.CommentAsync(text);
        var comment = idea.Comment(text);
        await Expect(comment).ToHaveCountAsync(1);
        await Expect(comment.Locator(".comment-body")).ToHaveTextAsync(text);
        await Expect(idea.EditControl(comment)).ToBeVisibleAsync();
        await Expect(idea.DeleteButton(comment)).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // ... and with the comment's reply and edit disclosures open.
        await idea.EditControl(comment).ClickAsync();
        await comment.Locator(":scope > details.reply > summary").ClickAsync();
        await Expect(comment.Locator("textarea")).ToHaveCountAsync(2);
        await AxeAssert.NoViolationsAsync(Page);
    }

    private async Task UseLanguageAsync(Ui ui)
    {
        if (ui.Language == "fi")
        {
            return;
        }

        await OpenAsync(Page, "/");
        await Layout.LanguageSwitcher.PressAsync("På svenska");
        await Expect(Layout.Html).ToHaveAttributeAsync("lang", ui.Language);
    }
}
