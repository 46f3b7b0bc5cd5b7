using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using CoDesign.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>
/// A new resident's way from registration to taking part: register, confirm the e-mail address
/// with the link in the mail, sign in, join the demo association with the invitation its manager
/// sends, find a similar idea while writing one, submit the idea on the association's behalf, then
/// vote for the similar idea, comment, reply, withdraw the vote and follow it; their participation
/// page shows it all. In Finnish without JavaScript, and in Finnish and Swedish with it; with
/// JavaScript, axe checks every page of the journey, the manager's pages included.
/// </summary>
public class ResidentJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>resident4 manages the demo association (DemoDataSeeder: its first member).</summary>
    private const int AssociationManager = 4;

    // Each variant takes another of Espoo's most-voted ideas as the "similar idea", so that the
    // ideas the variants submit (similar to it) do not crowd each other's suggestions.
    [Fact]
    public async Task FinnishWithoutJavaScript_RegisterConfirmJoinAssociation_FindSimilarSubmitForAssociation_VoteCommentReplyWithdraw() =>
        await JourneyAsync(Ui.Fi, javaScript: false, similarIndex: 0);

    [Fact]
    public async Task FinnishWithJavaScript_RegisterConfirmJoinAssociation_FindSimilarSubmitForAssociation_VoteCommentReplyWithdraw_NoAxeViolations() =>
        await JourneyAsync(Ui.Fi, javaScript: true, similarIndex: 1);

    [Fact]
    public async Task SwedishWithJavaScript_RegisterConfirmJoinAssociation_FindSimilarSubmitForAssociation_VoteCommentReplyWithdraw_NoAxeViolations() =>
        await JourneyAsync(Ui.Sv, javaScript: true, similarIndex: 2);

    private async Task JourneyAsync(Ui ui, bool javaScript, int similarIndex)
    {
        var page = javaScript ? Page : await NewPageAsync(javaScriptEnabled: false);
        var layout = new LayoutPage(page);
        var register = new RegisterPage(page, ui);
        var organisations = new OrganisationPages(page, ui);
        var token = Guid.NewGuid().ToString("N")[..8];
        var sv = ui.Language == "sv";
        var name = (sv ? "Testinvånare " : "Testiasukas ") + token;
        var email = Maildir.UniqueAddress("journey-" + ui.Language);
        var password = sv ? "ett långt lösenord för testet" : "pitkä salasana testiä varten";

        async Task CheckAsync(IPage p)
        {
            await Expect(p.Locator("html")).ToHaveAttributeAsync("lang", ui.Language);
            if (javaScript)
            {
                await AxeAssert.NoViolationsAsync(p);
            }
        }

        // Register (the language chosen with ?lang= on the first page is kept from then on).
        await register.OpenAsync();
        await CheckAsync(page);
        await register.RegisterAsync(name, email, password);
        await Expect(layout.Main).ToContainTextAsync(email);
        await CheckAsync(page);

        // Confirm the address with the link in the mail: the link opens a page, its button confirms.
        var confirmLink = await Mailbox.LinkAsync(email, "/account/confirm-email");
        confirmLink.Authority.ShouldBe(Fixture.BaseAddress.Authority, "the confirmation link points to the app");
        await OpenAsync(page, confirmLink.ToString());
        await Expect(register.ConfirmEmailButton).ToBeVisibleAsync();
        await CheckAsync(page);
        await register.ConfirmEmailAsync();
        await CheckAsync(page);

        // Sign in through the link the confirmation offers.
        await register.SignInLink.ClickAsync();
        var signIn = new SignInPage(page);
        await Expect(signIn.Email).ToBeVisibleAsync();
        await CheckAsync(page);
        await signIn.SubmitAsync(email, password, ui, "/");
        await CheckAsync(page);

        // The association's manager invites the new resident by e-mail.
        var manager = await NewPageAsync(javaScript);
        var managerPages = new OrganisationPages(manager, ui);
        await new SignInPage(manager).SignInAsync(AssociationManager, ui, OrganisationPages.IndexPath);
        await CheckAsync(manager);
        await managerPages.OpenOrganisationAsync(Ui.Association);
        await Expect(managerPages.Member(name)).ToHaveCountAsync(0);
        await managerPages.InviteAsync(email);
        await CheckAsync(manager);

        // The resident opens the invitation link and joins: now listed as a member.
        var joinLink = await Mailbox.LinkAsync(email, "/account/organisations/join");
        joinLink.Authority.ShouldBe(Fixture.BaseAddress.Authority, "the invitation link points to the app");
        await OpenAsync(page, joinLink.ToString());
        await Expect(organisations.JoinButton).ToBeVisibleAsync();
        await CheckAsync(page);
        await organisations.JoinAsync(Ui.Association);
        await Expect(organisations.Member(name)).ToHaveCountAsync(1);
        await CheckAsync(page);

        // Find a similar idea: a title resembling an existing Espoo idea brings it up, live while
        // typing (JavaScript) and in step 2 after "Continue" (always).
        await OpenAsync(page, "/espoo/ideas?status=Published&sort=Top");
        var (similarTitle, similarPath) = await new IdeaListPage(page, ui).IdeaAsync(similarIndex);
        var title = Resembling(similarTitle);
        var form = new NewIdeaPage(page, ui);
        await OpenAsync(page, "/espoo/ideas/new");
        await Expect(layout.Heading).ToHaveTextAsync(ui.NewIdeaHeading);
        if (javaScript)
        {
            await form.Title.PressSequentiallyAsync(title);
            await Expect(form.SimilarLive.Locator($"a[href='{similarPath}']")).ToHaveTextAsync(similarTitle);
            await CheckAsync(page);
        }

        var body = sv
            ? $"Föreningen stöder förslaget och vill lägga till egna synpunkter från medlemsmötet ({token})."
            : $"Yhdistys tukee ehdotusta ja haluaa lisätä siihen jäsenkokouksen omat näkökulmat ({token}).";
        await form.FillAsync(title, body, Ui.Association);
        await Expect(form.OnBehalfOf.Locator("option:checked")).ToHaveTextAsync(Ui.Association);
        await form.ContinueAsync();
        await Expect(form.SimilarHeading).ToBeVisibleAsync();
        await Expect(form.SimilarSection.Locator($"a[href='{similarPath}']")).ToHaveTextAsync(similarTitle);
        await CheckAsync(page);

        // Submit it anyway, on the association's behalf.
        var idea = new IdeaPage(page, ui);
        await form.SubmitAnywayButton.ClickAsync();
        await Expect(idea.Title).ToHaveTextAsync(title);
        await Expect(idea.Success).ToHaveTextAsync(ui.Published);
        await Expect(idea.Article).ToContainTextAsync(ui.ForAssociation);
        var ownPath = new Uri(page.Url).AbsolutePath;
        ownPath.ShouldNotBe(similarPath);
        await CheckAsync(page);

        // Vote for the similar idea: the count goes up by one and the page says so.
        await OpenAsync(page, similarPath);
        await Expect(idea.Title).ToHaveTextAsync(similarTitle);
        var votesBefore = await idea.VoteCountAsync();
        await idea.VoteAsync();
        (await idea.VoteCountAsync()).ShouldBe(votesBefore + 1, "vote count after voting");
        await Expect(idea.Support).ToContainTextAsync(ui.YouVoted);
        await Expect(idea.VoteButton).ToHaveCountAsync(0);
        await CheckAsync(page);

        // Comment, then reply to that comment.
        var commentText = (sv ? "Testkommentar " : "Testikommentti ") + token;
        await idea.CommentAsync(commentText);
        var comment = idea.Comment(commentText);
        await Expect(comment.Locator(".comment-body").First).ToHaveTextAsync(commentText);
        await CheckAsync(page);

        var replyText = (sv ? "Testsvar " : "Testivastaus ") + token;
        await idea.ReplyAsync(commentText, replyText);
        var replies = IdeaPage.Replies(comment);
        await Expect(replies).ToHaveCountAsync(1);
        await Expect(replies.Locator(".comment-body")).ToHaveTextAsync(replyText);
        await CheckAsync(page);

        // Withdraw the vote: the count goes back. Then follow the idea instead.
        await idea.WithdrawAsync();
        (await idea.VoteCountAsync()).ShouldBe(votesBefore, "vote count after withdrawing");
        await Expect(idea.VoteButton).ToBeVisibleAsync();
        await Expect(idea.WithdrawButton).ToHaveCountAsync(0);
        await CheckAsync(page);
        await idea.FollowAsync();
        await Expect(idea.UnfollowButton).ToBeVisibleAsync();
        await CheckAsync(page);

        // My participation: my own idea, no vote (withdrawn), the followed idea.
        var participation = new ParticipationPage(page);
        await OpenAsync(page, ParticipationPage.Path);
        await Expect(layout.Heading).ToHaveTextAsync(ui.ParticipationHeading);
        await Expect(ParticipationPage.IdeaLink(participation.MyIdeas, ownPath)).ToHaveTextAsync(title);
        await Expect(ParticipationPage.IdeaLink(participation.Voted, similarPath)).ToHaveCountAsync(0);
        await Expect(ParticipationPage.IdeaLink(participation.Followed, similarPath)).ToHaveTextAsync(similarTitle);
        await CheckAsync(page);
    }

    /// <summary>The title without its last word: close enough to be found similar, not a copy.</summary>
    private static string Resembling(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 ? string.Join(' ', words[..^1]) : title;
    }
}
