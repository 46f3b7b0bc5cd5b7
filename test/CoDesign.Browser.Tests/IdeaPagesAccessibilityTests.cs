using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using CoDesign.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task LongDiscussion_PagedByLinks_HasNoAxeViolations(string language)
    {
        var ui = Ui.For(language);
        await UseLanguageAsync(ui);
        var path = await LongDiscussionAsync(language);

        await OpenAsync(Page, path);
        var comments = Page.Locator("#comments");
        await Expect(comments.Locator("ol.comments > li")).ToHaveCountAsync(30);
        var earlier = comments.Locator("a[rel=prev]");
        await Expect(earlier).ToHaveTextAsync(language == "sv" ? "Visa tidigare kommentarer" : "Näytä aiemmat kommentit");
        await AxeAssert.NoViolationsAsync(Page);

        // By keyboard: the link is reached and followed like any other.
        await earlier.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("commentPage=2"));
        await Expect(comments.Locator("ol.comments > li")).ToHaveCountAsync(5);
        await Expect(comments.Locator("a[rel=next]")).ToHaveTextAsync(language == "sv" ? "Visa nyare kommentarer" : "Näytä uudemmat kommentit");
        await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
        await AxeAssert.NoViolationsAsync(Page);
    }

    /// <summary>An Oulu idea without comments gets 35 threads (two pages); its path.</summary>
    private Task<string> LongDiscussionAsync(string language) => Fixture.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CoDesignDbContext>();
        var marker = $"Pitkä keskustelu ({language})";
        var ideaId = await db.Database.SqlQueryRaw<Guid>("""
            SELECT i."Id" AS "Value" FROM "Ideas" i JOIN "Cities" c ON c."Id" = i."TenantId"
            WHERE c."Slug" = 'oulu' AND i."Status" = 'Published' AND NOT i."ProvisionallyHidden"
              AND NOT EXISTS (SELECT 1 FROM "Comments" x WHERE x."IdeaId" = i."Id")
            ORDER BY i."Id" LIMIT 1
            """).SingleAsync();
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Comments" ("Id", "TenantId", "IdeaId", "ParentId", "AuthorId", "Body", "IsOfficial", "CreatedAt", "ProvisionallyHidden")
            SELECT gen_random_uuid(), i."TenantId", i."Id", NULL, (SELECT "Id" FROM "AspNetUsers" WHERE "Email" = 'resident43@demo.codesign.fi'),
                   {1} || ': ' || n, false, now() - make_interval(mins => 100 - n), false
            FROM "Ideas" i, generate_series(1, 35) n WHERE i."Id" = {0};
            UPDATE "Ideas" SET "CommentCount" = 35 WHERE "Id" = {0};
            """, ideaId, marker);
        return $"/oulu/ideas/{ideaId}";
    });

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
