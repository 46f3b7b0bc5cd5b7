using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>
/// A resident's way through the idea pages, in Finnish without JavaScript and in Swedish with it:
/// sign in, find an idea by search, vote, comment, reply, withdraw the vote, follow; then a member
/// of the association submits an idea on its behalf. With JavaScript, axe checks every page.
/// </summary>
public class ResidentJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    // Residents 32 and 33 take part in other cities than Espoo in the demo data, so they have
    // no votes there yet; 5 and 6 are members of the association.
    [Fact]
    public async Task FinnishWithoutJavaScript_SearchVoteCommentReplyWithdrawFollow_ThenSubmitForAssociation() =>
        await JourneyAsync(Ui.Fi, javaScript: false, resident: 32, member: 5, ideaIndex: 0);

    [Fact]
    public async Task SwedishWithJavaScript_SearchVoteCommentReplyWithdrawFollow_ThenSubmitForAssociation_NoAxeViolations() =>
        await JourneyAsync(Ui.Sv, javaScript: true, resident: 33, member: 6, ideaIndex: 1);

    private async Task JourneyAsync(Ui ui, bool javaScript, int resident, int member, int ideaIndex)
    {
        var page = javaScript ? Page : await NewPageAsync(javaScriptEnabled: false);
        var layout = new LayoutPage(page);
        var signIn = new SignInPage(page);
        var list = new IdeaListPage(page, ui);
        var idea = new IdeaPage(page, ui);
        var token = Guid.NewGuid().ToString("N")[..8];

        async Task CheckAsync()
        {
            await Expect(layout.Html).ToHaveAttributeAsync("lang", ui.Language);
            if (javaScript)
            {
                await AxeAssert.NoViolationsAsync(page);
            }
        }

        // Sign in, coming back to the list.
        await signIn.OpenAsync(ui, "/espoo/ideas");
        await CheckAsync();
        await signIn.SubmitAsync(resident, ui, "/espoo/ideas");
        await CheckAsync();

        // An idea open for voting, looked up by searching for its title.
        await OpenAsync(page, "/espoo/ideas?status=Published&sort=Newest");
        var (title, path) = await list.IdeaAsync(ideaIndex);
        await OpenAsync(page, "/espoo/ideas");
        await list.SearchAsync(title);
        await Expect(list.SearchBox).ToHaveValueAsync(title);
        await Expect(list.IdeaLink(title)).ToHaveAttributeAsync("href", path);
        await CheckAsync();
        await list.IdeaLink(title).ClickAsync();
        await Expect(idea.Title).ToHaveTextAsync(title);
        new Uri(page.Url).AbsolutePath.ShouldBe(path);
        await CheckAsync();

        // Vote: the count goes up by one and the page says the vote is recorded.
        var votesBefore = await idea.VoteCountAsync();
        await idea.VoteAsync();
        (await idea.VoteCountAsync()).ShouldBe(votesBefore + 1, "vote count after voting");
        await Expect(idea.Support).ToContainTextAsync(ui.YouVoted);
        await Expect(idea.WithdrawButton).ToBeVisibleAsync();
        await Expect(idea.VoteButton).ToHaveCountAsync(0);
        await CheckAsync();

        // Comment, then reply to that comment.
        var commentText = (ui.Language == "sv" ? "Testkommentar " : "Testikommentti ") + token;
        await idea.CommentAsync(commentText);
        var comment = idea.Comment(commentText);
        await Expect(comment.Locator(".comment-body").First).ToHaveTextAsync(commentText);
        await CheckAsync();

        var replyText = (ui.Language == "sv" ? "Testsvar " : "Testivastaus ") + token;
        await idea.ReplyAsync(commentText, replyText);
        var replies = IdeaPage.Replies(comment);
        await Expect(replies).ToHaveCountAsync(1);
        await Expect(replies.Locator(".comment-body")).ToHaveTextAsync(replyText);
        await CheckAsync();

        // Withdraw: the count goes back.
        await idea.WithdrawAsync();
        (await idea.VoteCountAsync()).ShouldBe(votesBefore, "vote count after withdrawing");
        await Expect(idea.VoteButton).ToBeVisibleAsync();
        await Expect(idea.WithdrawButton).ToHaveCountAsync(0);
        await CheckAsync();

        // Follow.
        await idea.FollowAsync();
        await Expect(idea.UnfollowButton).ToBeVisibleAsync();
        await Expect(idea.FollowButton).ToHaveCountAsync(0);
        await CheckAsync();

        // A member of the association submits an idea on its behalf.
        await SignInPage.SignOutAsync(page, ui);
        await signIn.OpenAsync(ui, "/espoo/ideas/new");
        await signIn.SubmitAsync(member, ui, "/espoo/ideas/new");
        var form = new NewIdeaPage(page, ui);
        await Expect(layout.Heading).ToHaveTextAsync(ui.NewIdeaHeading);
        var newTitle = ui.Language == "sv"
            ? $"Fler bänkar längs strandpromenaden {token}"
            : $"Lisää penkkejä rantareitin varrelle {token}";
        var newBody = ui.Language == "sv"
            ? "Föreningen föreslår bänkar med ryggstöd var tvåhundrade meter, så att äldre orkar gå hela rundan."
            : "Yhdistys ehdottaa selkänojallisia penkkejä kahdensadan metrin välein, jotta ikääntyneetkin jaksavat kävellä koko lenkin.";
        await form.FillAsync(newTitle, newBody, Ui.Association);
        await Expect(form.OnBehalfOf.Locator("option:checked")).ToHaveTextAsync(Ui.Association);
        await CheckAsync();

        await form.ContinueAsync();
        if (await form.SimilarHeading.IsVisibleAsync())
        {
            await CheckAsync();
            await form.SubmitAnywayButton.ClickAsync();
        }

        await Expect(idea.Title).ToHaveTextAsync(newTitle);
        await Expect(idea.Success).ToHaveTextAsync(ui.Published);
        await Expect(idea.Article).ToContainTextAsync(ui.ForAssociation);
        await CheckAsync();
    }
}
