using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>An idea's page (/{city}/ideas/{id}): support (vote), follow, comments and replies.</summary>
public sealed class IdeaPage(IPage page, Ui ui)
{
    public ILocator Title => page.Locator("main h1#idea-title");

    public ILocator Article => page.Locator("main article");

    /// <summary>The confirmation shown after an action (role=status).</summary>
    public ILocator Success => page.Locator("main .success[role='status']");

    public ILocator Error => page.Locator("main .error-summary");

    public ILocator Support => page.Locator("section#vote");

    public ILocator VoteCount => Support.Locator(".support-count strong");

    public ILocator VoteButton => Button(Support, ui.Vote);

    public ILocator WithdrawButton => Button(Support, ui.Withdraw);

    public ILocator FollowSection => page.Locator("section#follow");

    public ILocator FollowButton => Button(FollowSection, ui.Follow);

    public ILocator UnfollowButton => Button(FollowSection, ui.Unfollow);

    public ILocator CommentsSection => page.Locator("section#comments");

    public ILocator NewComment => CommentsSection.Locator("textarea#new-comment");

    public ILocator SendCommentButton => Button(CommentsSection.Locator("form.comment-form"), ui.SendComment);

    /// <summary>Top-level comments (replies are nested inside them).</summary>
    public ILocator Comments => CommentsSection.Locator("ol.comments > li.comment");

    /// <summary>The top-level comment with this text (with its replies and controls).</summary>
    public ILocator Comment(string text) => Comments.Filter(new LocatorFilterOptions { HasText = text });

    public static ILocator Replies(ILocator comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.Locator("ol.replies > li.comment");
    }

    public ILocator EditControl(ILocator comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return comment.Locator(":scope > details.edit > summary").GetByText(ui.EditComment, new LocatorGetByTextOptions { Exact = true });
    }

    public ILocator DeleteButton(ILocator comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return Button(comment.Locator(":scope > form.inline-form"), ui.DeleteComment);
    }

    public async Task<int> VoteCountAsync()
    {
        var text = await VoteCount.InnerTextAsync();
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        digits.ShouldNotBeEmpty($"no number in the vote count \"{text}\"");
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    public async Task VoteAsync()
    {
        await VoteButton.ClickAsync();
        await Expect(Success).ToHaveTextAsync(ui.Voted);
    }

    public async Task WithdrawAsync()
    {
        await WithdrawButton.ClickAsync();
        await Expect(Success).ToHaveTextAsync(ui.Withdrawn);
    }

    public async Task FollowAsync()
    {
        await FollowButton.ClickAsync();
        await Expect(Success).ToHaveTextAsync(ui.Following);
    }

    public async Task CommentAsync(string text)
    {
        await NewComment.FillAsync(text);
        await SendCommentButton.ClickAsync();
        await Expect(Success).ToHaveTextAsync(ui.Commented);
    }

    /// <summary>Opens the comment's "Reply" disclosure, writes the reply and sends it.</summary>
    public async Task ReplyAsync(string commentText, string replyText)
    {
        var comment = Comment(commentText);
        var disclosure = comment.Locator(":scope > details.reply");
        await disclosure.Locator("summary").GetByText(ui.Reply, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Expect(disclosure).ToHaveAttributeAsync("open", string.Empty);
        await disclosure.GetByLabel(ui.YourReply, new LocatorGetByLabelOptions { Exact = true }).FillAsync(replyText);
        await Button(disclosure, ui.SendReply).ClickAsync();
        await Expect(Success).ToHaveTextAsync(ui.Replied);
    }

    private static ILocator Button(ILocator scope, string name) =>
        scope.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });
}
