using System.Globalization;
using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>
/// The city side: an official answers an idea, a moderator hides and restores a reported comment,
/// a city admin lowers the support threshold and an idea crossing it reaches the officials'
/// dashboard and the public accountability page; axe checks the staff pages in Finnish and Swedish.
/// State-changing steps use Turku, Tampere and Oulu and residents 11–17, which no other test uses.
/// </summary>
public class CityStaffTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task OfficialAnswersIdea_VisitorSeesAnswerAndStatusInTimelineInSwedishAndFinnish_NoAxeViolations()
    {
        var fi = StaffUi.Fi;
        var sv = StaffUi.Sv;
        var token = Guid.NewGuid().ToString("N")[..8];
        await new SignInPage(Page).SignInAsync(Staff.Official("turku"), Ui.Fi, "/turku/ideas?status=Published");
        var (title, path) = await new IdeaListPage(Page, Ui.Fi).IdeaAsync(2);

        // The official's idea page has the response form in the timeline, in Finnish and Swedish.
        var staff = new IdeaStaffControls(Page, fi);
        await OpenAsync(Page, path);
        await Expect(new IdeaPage(Page, Ui.Fi).Title).ToHaveTextAsync(title);
        await Expect(staff.Responses).ToHaveCountAsync(0);
        await Expect(staff.PublishButton).ToBeVisibleAsync();
        await Expect(staff.TextFi).ToBeEditableAsync();
        await AxeAssert.NoViolationsAsync(Page);

        await Layout.LanguageSwitcher.ToSwedishAsync();
        var staffSv = new IdeaStaffControls(Page, sv);
        await Expect(staffSv.PublishButton).ToBeVisibleAsync();
        await Expect(staffSv.Status.Locator("option", new LocatorLocatorOptions { HasTextString = sv.UnderReview })).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(Page);
        await Layout.LanguageSwitcher.ToFinnishAsync();

        // Publish: the answer and the new status show at once, with the correction form for the official.
        var textFi = $"Selvitämme ehdotuksen kevään aikana ja kerromme tuloksista täällä ({token}).";
        var textSv = $"Vi utreder förslaget under våren och berättar om resultatet här ({token}).";
        await staff.RespondAsync(fi.UnderReview, textFi, textSv);
        await Expect(staff.Responses).ToHaveCountAsync(1);
        await Expect(staff.Responses.Locator(".response-text")).ToHaveTextAsync(textFi);
        await Expect(staff.Responses.Locator(".response-meta")).ToContainTextAsync(StaffUi.Format(fi.StatusChange, fi.UnderReview));
        var correct = staff.CorrectDisclosure(staff.Responses);
        await correct.Locator("summary").ClickAsync();
        await Expect(correct.Locator("textarea[name='Answer.TextSv']")).ToHaveValueAsync(textSv);
        await AxeAssert.NoViolationsAsync(Page);

        // A visitor reads it in Swedish (and in Finnish): the text in their language, the status, no forms.
        var visitor = await NewPageAsync();
        var seen = new IdeaStaffControls(visitor, sv);
        await OpenAsync(visitor, Cities.InLanguage(path, "sv"));
        await Expect(new LayoutPage(visitor).Html).ToHaveAttributeAsync("lang", "sv");
        await Expect(seen.TimelineHeading).ToHaveTextAsync(sv.Timeline);
        await Expect(seen.Responses).ToHaveCountAsync(1);
        await Expect(seen.Responses.Locator(".response-text")).ToHaveTextAsync(textSv);
        await Expect(seen.Responses.Locator(".response-text")).ToHaveAttributeAsync("lang", "sv");
        await Expect(seen.Responses.Locator(".response-meta")).ToContainTextAsync(StaffUi.Format(sv.StatusChange, sv.UnderReview));
        await Expect(visitor.Locator("main article .meta .status")).ToHaveTextAsync(sv.UnderReview);
        await Expect(seen.ResponseForm).ToHaveCountAsync(0);
        await Expect(seen.Timeline.Locator("form")).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(visitor);

        await OpenAsync(visitor, path + "?lang=fi");
        seen = new IdeaStaffControls(visitor, fi);
        await Expect(seen.TimelineHeading).ToHaveTextAsync(fi.Timeline);
        await Expect(seen.Responses.Locator(".response-text")).ToHaveTextAsync(textFi);
        await Expect(seen.Responses.Locator(".response-meta")).ToContainTextAsync(StaffUi.Format(fi.StatusChange, fi.UnderReview));
        await AxeAssert.NoViolationsAsync(visitor);
    }

    [Fact]
    public async Task CommentReportedThreeTimesIsHiddenProvisionally_ModeratorHidesWithReasonThenRestores_NoAxeViolations()
    {
        const string city = "tampere";
        var fi = StaffUi.Fi;
        var token = Guid.NewGuid().ToString("N")[..8];

        // A resident comments on a Tampere idea.
        await new SignInPage(Page).SignInAsync(11, Ui.Fi, $"/{city}/ideas?status=Published");
        var (_, path) = await new IdeaListPage(Page, Ui.Fi).IdeaAsync(1);
        var idea = new IdeaPage(Page, Ui.Fi);
        await OpenAsync(Page, path);
        var text = $"Tämä kommentti ilmoitetaan moderaattoreille ({token}).";
        await idea.CommentAsync(text);
        var commentId = await idea.Comment(text).GetAttributeAsync("id");
        commentId.ShouldNotBeNull();

        // Three other residents report it (the city hides content after three reports).
        foreach (var resident in new[] { 12, 13, 14 })
        {
            var reporter = await NewPageAsync();
            await new SignInPage(reporter).SignInAsync(resident, Ui.Fi, path);
            await new IdeaStaffControls(reporter, fi).ReportCommentAsync(new IdeaPage(reporter, Ui.Fi).Comment(text), $"Asiaton kommentti, ilmoittaja {resident}.");
        }

        // A visitor sees it as provisionally hidden, without its text.
        var visitor = await NewPageAsync();
        var visitorComment = visitor.Locator($"main li#{commentId}");
        await OpenAsync(visitor, path);
        await Expect(visitorComment.Locator(":scope > .tombstone")).ToHaveTextAsync(fi.CommentProvisionallyHidden);
        await Expect(visitorComment).Not.ToContainTextAsync(text);

        // The moderator finds it among the reported comments, with the reasons, in Finnish and Swedish.
        var moderator = await NewPageAsync();
        var queue = new ModerationPage(moderator, fi);
        await new SignInPage(moderator).SignInAsync(Staff.Moderator(city), Ui.Fi, ModerationPage.Path(city));
        await Expect(queue.Heading).ToHaveTextAsync(fi.Moderation);
        var reported = ModerationPage.Item(queue.ReportedComments, text);
        await Expect(reported).ToHaveCountAsync(1);
        await Expect(reported.Locator(".badge")).ToHaveTextAsync(fi.ProvisionalBadge);
        await Expect(reported.Locator("ul > li")).ToHaveCountAsync(3);
        await AxeAssert.NoViolationsAsync(moderator);

        var layout = new LayoutPage(moderator);
        await layout.LanguageSwitcher.ToSwedishAsync();
        var queueSv = new ModerationPage(moderator, StaffUi.Sv);
        await Expect(queueSv.Heading).ToHaveTextAsync(StaffUi.Sv.Moderation);
        await Expect(ModerationPage.Item(queueSv.ReportedComments, text).Locator(".badge")).ToHaveTextAsync(StaffUi.Sv.ProvisionalBadge);
        await AxeAssert.NoViolationsAsync(moderator);
        await layout.LanguageSwitcher.ToFinnishAsync();

        // Hide with a public reason: done; it moves to the hidden section; the idea page shows the reason.
        var reason = $"Kommentti loukkaa toista keskustelijaa ({token}).";
        await queue.HideAsync(reported, reason);
        await Expect(reported).ToHaveCountAsync(0);
        var hidden = ModerationPage.Item(queue.Hidden, text);
        await Expect(hidden).ToHaveCountAsync(1);
        await Expect(hidden).ToContainTextAsync(reason);
        await AxeAssert.NoViolationsAsync(moderator);

        await visitor.ReloadAsync();
        await Expect(visitorComment.Locator(":scope > .tombstone")).ToHaveTextAsync(StaffUi.Format(fi.CommentHidden, reason));
        await Expect(visitorComment).Not.ToContainTextAsync(text);

        // Restore: the text is back for everyone.
        await queue.RestoreAsync(hidden);
        await Expect(hidden).ToHaveCountAsync(0);
        await visitor.ReloadAsync();
        await Expect(visitorComment.Locator(":scope > .comment-body")).ToHaveTextAsync(text);
        await Expect(visitorComment.Locator(":scope > .tombstone")).ToHaveCountAsync(0);

        // The moderator's idea page: the idea's report form and the merge form, open.
        var controls = new IdeaStaffControls(moderator, fi);
        await OpenAsync(moderator, path);
        await Expect(moderator.Locator($"main li#{commentId} > .comment-body")).ToHaveTextAsync(text);
        await controls.IdeaReport.Locator("summary").GetByText(fi.ReportIdea, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await controls.MergeDisclosure.Locator("summary").GetByText(fi.MergeInto, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Expect(controls.IdeaReport.Locator("textarea")).ToBeVisibleAsync();
        await Expect(controls.MergeDisclosure.Locator("input[type='text']")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(moderator);
    }

    [Fact]
    public async Task AdminLowersThreshold_NewIdeaCrossingItIsOnDashboardWithDeadline_AndCountedPublicly_NoAxeViolations()
    {
        const string city = "oulu";
        var fi = StaffUi.Fi;
        var token = Guid.NewGuid().ToString("N")[..8];

        var visitor = await NewPageAsync();
        var accountability = new AccountabilityPage(visitor, fi);
        await OpenAsync(visitor, AccountabilityPage.Path(city));
        await Expect(accountability.Heading).ToHaveTextAsync(StaffUi.Format(fi.AccountabilityHeading, "Oulu"));
        var countedBefore = await accountability.ThresholdIdeasAsync();

        var settings = new SettingsPage(Page, fi);
        await new SignInPage(Page).SignInAsync(Staff.Admin(city), Ui.Fi, SettingsPage.Path(city));
        await Expect(settings.Heading).ToHaveTextAsync(fi.Settings);
        var original = await SettingsPage.NumberAsync(settings.Threshold);
        var days = await SettingsPage.NumberAsync(settings.ResponseDays);
        original.ShouldBeGreaterThan(2, "the threshold before the test");
        try
        {
            await settings.SetThresholdAsync(2);

            // A resident submits a new idea; two others vote for it.
            var author = await NewPageAsync();
            await new SignInPage(author).SignInAsync(15, Ui.Fi, $"/{city}/ideas/new");
            var title = $"Kokeiluidea kannatusrajasta {token}";
            var form = new NewIdeaPage(author, Ui.Fi);
            await form.FillAsync(title, $"Tämä idea kerää kaksi ääntä ja ylittää laskennallisen kannatusrajan ({token}).");
            await form.SubmitAsync();
            var ideaPath = new Uri(author.Url).AbsolutePath;

            IPage? voterPage = null;
            foreach (var voter in new[] { 16, 17 })
            {
                voterPage = await NewPageAsync();
                await new SignInPage(voterPage).SignInAsync(voter, Ui.Fi, ideaPath);
                await new IdeaPage(voterPage, Ui.Fi).VoteAsync();
            }

            // The official's dashboard lists it, with the date it crossed and the deadline.
            var official = await NewPageAsync();
            var dashboard = new DashboardPage(official);
            await new SignInPage(official).SignInAsync(Staff.Official(city), Ui.Fi, DashboardPage.Path(city));
            await Expect(dashboard.Heading).ToHaveTextAsync(fi.Dashboard);
            var row = dashboard.Row(ideaPath);
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.Locator("th")).ToHaveTextAsync(title);
            var reached = DateTime.ParseExact((await DashboardPage.ReachedCell(row).InnerTextAsync()).Trim(), "d.M.yyyy", CultureInfo.InvariantCulture);
            var today = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Helsinki").Date;
            reached.ShouldBeInRange(today.AddDays(-1), today, "the date the idea crossed the threshold");
            var due = reached.AddDays(days).ToString("d.M.yyyy", CultureInfo.InvariantCulture);
            await Expect(DashboardPage.DueCell(row)).ToContainTextAsync($"{due} (");
            if (days > 7)
            {
                await Expect(official.Locator("main section[aria-labelledby='later-heading']").Locator($"a[href='{ideaPath}#timeline']")).ToHaveCountAsync(1);
            }

            await AxeAssert.NoViolationsAsync(official);
            await new LayoutPage(official).LanguageSwitcher.ToSwedishAsync();
            await Expect(dashboard.Heading).ToHaveTextAsync(StaffUi.Sv.Dashboard);
            await Expect(row).ToHaveCountAsync(1);
            await AxeAssert.NoViolationsAsync(official);

            // The idea's page states the same deadline.
            await voterPage!.ReloadAsync();
            await Expect(new IdeaPage(voterPage, Ui.Fi).Support).ToContainTextAsync(StaffUi.Format(fi.ResponseDue, due));

            // The public page counts it, in Finnish and Swedish.
            await visitor.ReloadAsync();
            (await accountability.ThresholdIdeasAsync()).ShouldBe(countedBefore + 1, "ideas past the threshold on the public page");
            await AxeAssert.NoViolationsAsync(visitor);
            await OpenAsync(visitor, Cities.InLanguage(AccountabilityPage.Path(city), "sv"));
            var accountabilitySv = new AccountabilityPage(visitor, StaffUi.Sv);
            await Expect(accountabilitySv.Heading).ToHaveTextAsync(StaffUi.Format(StaffUi.Sv.AccountabilityHeading, "Uleåborg"));
            (await accountabilitySv.ThresholdIdeasAsync()).ShouldBe(countedBefore + 1);
            await AxeAssert.NoViolationsAsync(visitor);
        }
        finally
        {
            await OpenAsync(Page, SettingsPage.Path(city));
            await settings.SetThresholdAsync(original);
        }

        // The change is in the audit log (twice: lowered and restored).
        await OpenAsync(Page, $"/{city}/admin/audit");
        await Expect(Layout.Main.Locator("table.data-table tbody tr")).Not.ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(Page);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task AdminPages_AsAdminModeratorAndOfficial_AndPublicAccountability_HaveNoAxeViolations(string language)
    {
        const string city = "helsinki";
        var ui = Ui.For(language);
        var staff = StaffUi.For(language);
        var cityName = language == "sv" ? "Helsingfors" : "Helsinki";

        // The city admin: the index, settings (also with an error), roles (also with an error), audit log.
        await new SignInPage(Page).SignInAsync(Staff.Admin(city), ui, $"/{city}/admin");
        await Expect(Layout.Heading).ToHaveTextAsync(StaffUi.Format(staff.AdminHeading, cityName));
        await AxeAssert.NoViolationsAsync(Page);

        var settings = new SettingsPage(Page, staff);
        await AdminLink(Page, staff.Settings).ClickAsync();
        await Expect(settings.Heading).ToHaveTextAsync(staff.Settings);
        await Expect(settings.Threshold).ToBeEditableAsync();
        await AxeAssert.NoViolationsAsync(Page);
        await settings.Threshold.FillAsync("0");
        await settings.SaveButton.ClickAsync();
        await Expect(settings.ErrorSummary).ToBeVisibleAsync();
        await Expect(settings.Threshold).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeAssert.NoViolationsAsync(Page);

        await OpenAsync(Page, $"/{city}/admin");
        await AdminLink(Page, staff.Roles).ClickAsync();
        await Expect(Layout.Heading).ToHaveTextAsync(staff.Roles);
        await Expect(Layout.Main.Locator("table.data-table tbody tr")).Not.ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(Page);
        await Layout.Main.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = staff.GrantButton, Exact = true }).ClickAsync();
        await Expect(Layout.Main.Locator(".error-summary")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // The categories page, with each category's form open, as the admin sees it.
        await OpenAsync(Page, $"/{city}/admin/categories");
        await Expect(Layout.Main.Locator("details.category")).Not.ToHaveCountAsync(0);
        await Layout.Main.Locator("details.category summary").First.ClickAsync();
        await Expect(Layout.Main.Locator("details.category[open] select")).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(Page);

        await OpenAsync(Page, $"/{city}/admin");
        await AdminLink(Page, staff.Audit).ClickAsync();
        await Expect(Layout.Heading).ToHaveTextAsync(staff.Audit);
        await AxeAssert.NoViolationsAsync(Page);

        // The moderator: the index without the admin's links, and the queue.
        var moderator = await NewPageAsync();
        await new SignInPage(moderator).SignInAsync(Staff.Moderator(city), ui, $"/{city}/admin");
        await Expect(AdminLink(moderator, staff.Settings)).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(moderator);
        await AdminLink(moderator, staff.Moderation).ClickAsync();
        await Expect(moderator.Locator("main h1")).ToHaveTextAsync(staff.Moderation);
        await Expect(moderator.Locator("main section h2")).ToHaveCountAsync(4);
        await AxeAssert.NoViolationsAsync(moderator);

        // The official: the dashboard.
        var official = await NewPageAsync();
        await new SignInPage(official).SignInAsync(Staff.Official(city), ui, $"/{city}/admin");
        await Expect(AdminLink(official, staff.Moderation)).ToHaveCountAsync(0);
        await AdminLink(official, staff.Dashboard).ClickAsync();
        await Expect(official.Locator("main h1")).ToHaveTextAsync(staff.Dashboard);
        await Expect(official.Locator("main section h2")).ToHaveCountAsync(3);
        await AxeAssert.NoViolationsAsync(official);

        // Anyone: the public accountability page.
        var visitor = await NewPageAsync();
        await OpenAsync(visitor, Cities.InLanguage(AccountabilityPage.Path(city), language));
        await Expect(visitor.Locator("main h1")).ToHaveTextAsync(StaffUi.Format(staff.AccountabilityHeading, cityName));
        await AxeAssert.NoViolationsAsync(visitor);
    }

    private static ILocator AdminLink(IPage page, string name) =>
        page.Locator("main#main ul.plain-links").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });
}
