using CoDesign.Application.Notifications;
using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>
/// A resident's notifications, mail settings and a mail's unsubscribe link, in Finnish and Swedish:
/// what they do, WCAG 2.1 A/AA per axe, the settings by keyboard alone and unsubscribing without
/// JavaScript. Residents 21–29 are used here only; the official answers a Helsinki idea that is
/// already in progress, so its status (and other tests' idea lists) stay as they were.
/// </summary>
public class NotificationPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task OfficialAnswersFollowedIdeaTwice_MenuCountsUnread_MarkReadThenMarkAllRead_NoAxeViolationsInFinnishAndSwedish()
    {
        var fi = NotificationUi.Fi;
        var sv = NotificationUi.Sv;
        var token = Guid.NewGuid().ToString("N")[..8];
        var notifications = new NotificationsPage(Page, fi);

        // The resident starts with nothing unread and follows an idea in progress.
        await new SignInPage(Page).SignInAsync(21, Ui.Fi, "/helsinki/ideas?status=InProgress");
        var (title, path) = await new IdeaListPage(Page, Ui.Fi).IdeaAsync(0);
        await notifications.OpenEmptiedAsync();
        await OpenAsync(Page, path);
        var idea = new IdeaPage(Page, Ui.Fi);
        if (await idea.FollowButton.CountAsync() > 0)
        {
            await idea.FollowAsync();
        }

        await Expect(idea.UnfollowButton).ToBeVisibleAsync();

        // The official answers it twice, keeping its status.
        var official = await NewPageAsync();
        var staff = new IdeaStaffControls(official, StaffUi.Fi);
        await new SignInPage(official).SignInAsync(Staff.Official("helsinki"), Ui.Fi, path);
        var responses = await staff.Responses.CountAsync();
        await staff.RespondAsync(fi.InProgress, $"Työ etenee suunnitellusti ({token}, 1).", $"Arbetet går framåt enligt plan ({token}, 1).");
        await Expect(staff.Responses).ToHaveCountAsync(responses + 1);
        await staff.RespondAsync(fi.InProgress, $"Rakentaminen alkaa ensi kuussa ({token}, 2).", $"Bygget börjar nästa månad ({token}, 2).");
        await Expect(staff.Responses).ToHaveCountAsync(responses + 2);

        // The menu counts both; the page lists both as new.
        await Page.ReloadAsync();
        await Expect(notifications.MenuLink).ToHaveTextAsync(notifications.MenuText(2));
        await notifications.MenuLink.ClickAsync();
        await Expect(notifications.Heading).ToHaveTextAsync(fi.Heading);
        await Expect(notifications.UnreadStatus).ToHaveTextAsync(NotificationUi.Format(fi.UnreadCount, 2));
        var about = notifications.About(title);
        await Expect(about).ToHaveCountAsync(2);
        await Expect(notifications.UnreadItems).ToHaveCountAsync(2);
        foreach (var item in await about.AllAsync())
        {
            await Expect(item.Locator(".notification__what")).ToContainTextAsync($"{fi.New} {fi.KindResponse} · Helsinki");
        }

        await Expect(notifications.MarkReadButtons(about, title)).ToHaveCountAsync(2);
        await Expect(notifications.MarkReadButtons(about, title).First).ToHaveTextAsync(fi.MarkRead);
        await ContrastAssert.ReadableAsync(notifications.MarkReadButtons(about, title).First);
        await ContrastAssert.ReadableAsync(Page.Locator("header").GetByRole(AriaRole.Button, new() { Name = Ui.Fi.SignOut, Exact = true }));
        await AxeAssert.NoViolationsAsync(Page);

        // One page holds them all: no pager, and the (empty) second page is honoured.
        await Expect(Layout.Main.Locator("nav.pager")).ToHaveCountAsync(0);
        await OpenAsync(Page, NotificationsPage.Path + "?p=2");
        await Expect(notifications.Items).ToHaveCountAsync(0);
        await OpenAsync(Page, NotificationsPage.Path);

        // "Mark read" on one: one left, in the menu, the count and the list.
        await notifications.MarkReadButtons(about, title).First.ClickAsync();
        await Expect(notifications.MenuLink).ToHaveTextAsync(notifications.MenuText(1));
        await Expect(notifications.UnreadStatus).ToHaveTextAsync(NotificationUi.Format(fi.UnreadCount, 1));
        await Expect(notifications.UnreadItems).ToHaveCountAsync(1);
        await Expect(about).ToHaveCountAsync(2);
        await Expect(notifications.MarkReadButtons(about, title)).ToHaveCountAsync(1);

        // Only the unread one, in Swedish.
        await notifications.UnreadOnly.CheckAsync();
        await notifications.ShowButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]unread=true"));
        await Expect(notifications.Items).ToHaveCountAsync(1);
        await Layout.LanguageSwitcher.ToSwedishAsync();
        var notificationsSv = new NotificationsPage(Page, sv);
        await Expect(notificationsSv.Heading).ToHaveTextAsync(sv.Heading);
        await Expect(notificationsSv.MenuLink).ToHaveTextAsync(notificationsSv.MenuText(1));
        await Expect(notificationsSv.UnreadStatus).ToHaveTextAsync(NotificationUi.Format(sv.UnreadCount, 1));
        await Expect(notificationsSv.Items).ToHaveCountAsync(1);
        await Expect(notificationsSv.Items.Locator(".notification__what")).ToContainTextAsync($"{sv.New} {sv.KindResponse} · Helsingfors");
        await Expect(notificationsSv.MarkReadButtons(notificationsSv.Items, title)).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(Page);

        // "Mark all read": nothing unread anywhere; both still listed, as read.
        await notificationsSv.MarkAllReadButton.ClickAsync();
        await Expect(notificationsSv.MenuLink).ToHaveTextAsync(sv.MenuLink);
        await Expect(notificationsSv.UnreadStatus).ToHaveTextAsync(NotificationUi.Format(sv.UnreadCount, 0));
        await Expect(notificationsSv.Items).ToHaveCountAsync(0);
        await Expect(notificationsSv.MarkAllReadButton).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(Page);

        await notificationsSv.UnreadOnly.UncheckAsync();
        await notificationsSv.ShowButton.ClickAsync();
        await Expect(notificationsSv.About(title)).ToHaveCountAsync(2);
        await Expect(notificationsSv.UnreadItems).ToHaveCountAsync(0);
        await Expect(notificationsSv.MarkReadButtons(notificationsSv.About(title), title)).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(Page);
    }

    [Theory]
    [InlineData("fi", 23)]
    [InlineData("sv", 24)]
    public async Task Settings_ChoiceChangedAndSavedWithKeyboardOnly_IsSavedAndConfirmed_NoAxeViolations(string language, int resident)
    {
        var ui = NotificationUi.For(language);
        var settings = new NotificationSettingsPage(Page, ui);
        await new SignInPage(Page).SignInAsync(resident, Ui.For(language), NotificationSettingsPage.Path);
        await Expect(settings.Heading).ToHaveTextAsync(ui.SettingsHeading);
        var daily = settings.Fields.Choice(ui.PrefsComment, ui.Daily);
        var weekly = settings.Fields.Choice(ui.PrefsComment, ui.Weekly);
        await Expect(daily).ToBeCheckedAsync();
        await Expect(settings.Fields.Choice(ui.PrefsResponse, ui.Immediate)).ToBeCheckedAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // Tab into the comments' group (focus lands on its chosen radio, visibly), arrow to the next choice.
        await TabToAsync(daily);
        await ExpectFocusVisibleAsync(daily);
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(weekly).ToBeFocusedAsync();
        await Expect(weekly).ToBeCheckedAsync();

        // Tab on to the save button and press Enter.
        await TabToAsync(settings.Fields.SaveButton);
        await ExpectFocusVisibleAsync(settings.Fields.SaveButton);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(settings.Saved).ToHaveTextAsync(ui.Saved);
        await Expect(weekly).ToBeCheckedAsync();
        await Expect(daily).Not.ToBeCheckedAsync();
        await Expect(settings.Fields.Choice(ui.PrefsResponse, ui.Immediate)).ToBeCheckedAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // Saved, not just shown: a fresh load has it (and no message).
        await OpenAsync(Page, NotificationSettingsPage.Path);
        await Expect(weekly).ToBeCheckedAsync();
        await Expect(settings.Saved).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("fi", 26)]
    [InlineData("sv", 27)]
    public async Task Unsubscribe_OpeningOnlyAsks_ButtonStopsResponseMail_SettingsFormSaves_NoAxeViolations(string language, int resident)
    {
        var ui = NotificationUi.For(language);
        var token = await UnsubscribeTokenAsync(SignInPage.Resident(resident), NotificationKinds.Response);
        var path = Cities.InLanguage(UnsubscribePage.Path(token), language);
        var unsubscribe = new UnsubscribePage(Page, ui);
        var fields = unsubscribe.Fields;

        // Opening the link (no sign-in) asks; it changes nothing, however often it is opened.
        await OpenAsync(Page, path);
        await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
        await Expect(unsubscribe.Heading).ToHaveTextAsync(ui.UnsubscribeHeading);
        await Expect(Layout.Main).ToContainTextAsync(ui.UnsubscribeConfirmResponse);
        await Expect(unsubscribe.UnsubscribeButton).ToBeVisibleAsync();
        await Expect(unsubscribe.Status).ToHaveCountAsync(0);
        await Expect(unsubscribe.SettingsHeading).ToHaveTextAsync(ui.AllSettings);
        await Expect(fields.Choice(ui.PrefsResponse, ui.Immediate)).ToBeCheckedAsync();
        await Expect(fields.Choice(ui.PrefsComment, ui.Daily)).ToBeCheckedAsync();
        await AxeAssert.NoViolationsAsync(Page);
        await OpenAsync(Page, path);
        await Expect(fields.Choice(ui.PrefsResponse, ui.Immediate)).ToBeCheckedAsync();

        // The button stops the mail the link names, and only that.
        await unsubscribe.UnsubscribeButton.ClickAsync();
        await Expect(unsubscribe.Status).ToHaveTextAsync(ui.UnsubscribeDoneResponse);
        await Expect(unsubscribe.UnsubscribeButton).ToHaveCountAsync(0);
        await Expect(fields.Choice(ui.PrefsResponse, ui.Never)).ToBeCheckedAsync();
        await Expect(fields.Choice(ui.PrefsComment, ui.Daily)).ToBeCheckedAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // The settings on the same page save with the same link.
        await fields.Choice(ui.PrefsComment, ui.Weekly).CheckAsync();
        await fields.SaveButton.ClickAsync();
        await Expect(unsubscribe.Status).ToHaveTextAsync(ui.Saved);
        await Expect(fields.Choice(ui.PrefsComment, ui.Weekly)).ToBeCheckedAsync();
        await Expect(fields.Choice(ui.PrefsResponse, ui.Never)).ToBeCheckedAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // Both stuck: opening the link again shows them.
        await OpenAsync(Page, path);
        await Expect(unsubscribe.UnsubscribeButton).ToBeVisibleAsync();
        await Expect(fields.Choice(ui.PrefsResponse, ui.Never)).ToBeCheckedAsync();
        await Expect(fields.Choice(ui.PrefsComment, ui.Weekly)).ToBeCheckedAsync();
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task Unsubscribe_WithForgedOrTamperedToken_Is400WithTheErrorAndNoForm_NoAxeViolations(string language)
    {
        var ui = NotificationUi.For(language);
        var unsubscribe = new UnsubscribePage(Page, ui);
        var real = await UnsubscribeTokenAsync(SignInPage.Resident(29), NotificationKinds.Response);
        var tampered = real[..^4] + (real[^4..] == "AAAA" ? "BBBB" : "AAAA");

        foreach (var token in new[] { "not-a-token", tampered })
        {
            await OpenAsync(Page, Cities.InLanguage(UnsubscribePage.Path(token), language), expectedStatus: 400);
            await Expect(unsubscribe.Heading).ToHaveTextAsync(ui.UnsubscribeHeading);
            await Expect(unsubscribe.Error).ToHaveTextAsync(ui.UnsubscribeInvalid);
            await Expect(unsubscribe.SignInLink).ToHaveAttributeAsync("href", NotificationSettingsPage.Path);
            await Expect(unsubscribe.UnsubscribeButton).ToHaveCountAsync(0);
            await Expect(Layout.Main.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        }

        await AxeAssert.NoViolationsAsync(Page);
    }

    [Fact]
    public async Task Unsubscribe_WithoutJavaScript_ButtonStopsTheMail()
    {
        var ui = NotificationUi.Fi;
        var token = await UnsubscribeTokenAsync(SignInPage.Resident(28), NotificationKinds.Response);
        var page = await NewPageAsync(javaScriptEnabled: false);
        var unsubscribe = new UnsubscribePage(page, ui);

        await OpenAsync(page, UnsubscribePage.Path(token));
        await Expect(unsubscribe.Fields.Choice(ui.PrefsResponse, ui.Immediate)).ToBeCheckedAsync();
        await unsubscribe.UnsubscribeButton.ClickAsync();
        await Expect(unsubscribe.Status).ToHaveTextAsync(ui.UnsubscribeDoneResponse);
        await Expect(unsubscribe.Fields.Choice(ui.PrefsResponse, ui.Never)).ToBeCheckedAsync();
        await AxeAssert.NoViolationsAsync(await WithJavaScriptAsync(page));

        await OpenAsync(page, UnsubscribePage.Path(token));
        await Expect(unsubscribe.Fields.Choice(ui.PrefsResponse, ui.Never)).ToBeCheckedAsync();
    }

    /// <summary>The token of a real unsubscribe link, signed by the app itself (its data-protection key ring).</summary>
    private Task<string> UnsubscribeTokenAsync(string email, string scope) =>
        Fixture.InScopeAsync(async services =>
        {
            var user = await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
            user.ShouldNotBeNull($"no account {email}");
            return services.GetRequiredService<IUnsubscribeTokens>().Create(user.Id, scope);
        });

    /// <summary>Presses Tab (bounded) until <paramref name="target"/> has the focus.</summary>
    private async Task TabToAsync(ILocator target, int maxPresses = 60)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab did not reach {target} in {maxPresses} presses; focus is on "
            + await Page.EvaluateAsync<string>("() => document.activeElement?.outerHTML ?? 'nothing'"));
    }

    /// <summary>The focused element shows it (WCAG 2.4.7): it matches :focus-visible and draws an outline.</summary>
    private static async Task ExpectFocusVisibleAsync(ILocator element)
    {
        await Expect(element).ToBeFocusedAsync();
        (await element.EvaluateAsync<bool>("e => e.matches(':focus-visible') && getComputedStyle(e).outlineStyle !== 'none'"))
            .ShouldBeTrue("the keyboard focus should be visible");
    }
}
