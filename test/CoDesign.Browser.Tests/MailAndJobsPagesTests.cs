using CoDesign.Application.Persistence;
using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>
/// The operators' pages in Finnish and Swedish: the platform's jobs (run one now) and mail log, and a
/// city admin's mail log, which holds that city's mail only. WCAG 2.1 A/AA per axe. Nothing here
/// counts mail: other tests send mail too.
/// </summary>
public class MailAndJobsPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task Jobs_ListsEveryJob_RunNowStartsHelsinkiDigestWhichSucceeds_NoAxeViolations(string language)
    {
        var ui = NotificationUi.For(language);
        var jobs = new JobsPage(Page, ui);
        string DigestOf((string Slug, string Finnish, string Swedish) city) => NotificationUi.Format(ui.CityDigestJob, Cities.Name(city, language));
        var helsinkiDigest = DigestOf(Cities.All.Single(c => c.Slug == "helsinki"));
        await new SignInPage(Page).SignInAsync(Staff.PlatformAdmin, Ui.For(language), JobsPage.Path);
        await Expect(jobs.Heading).ToHaveTextAsync(ui.JobsHeading);

        // The scheduler registers its jobs in the background after the app starts.
        await jobs.WaitForJobAsync(helsinkiDigest);
        foreach (var description in ui.OtherJobs)
        {
            await Expect(jobs.Row(description)).ToHaveCountAsync(1);
        }

        foreach (var city in Cities.All)
        {
            await Expect(jobs.Row(DigestOf(city))).ToHaveCountAsync(1);
        }

        await AxeAssert.NoViolationsAsync(Page);

        // Run the Helsinki digest now: the page says it started; a new successful run is recorded and shown.
        var row = jobs.Row(helsinkiDigest);
        var key = (await JobsPage.JobKey(row).InnerTextAsync()).Trim();
        key.ShouldNotBeNullOrWhiteSpace();
        var runs = await SucceededRunsAsync(key);
        await Expect(jobs.RunButton(helsinkiDigest)).ToHaveTextAsync(ui.RunNow);
        await jobs.RunButton(helsinkiDigest).ClickAsync();
        await Expect(jobs.Done).ToHaveTextAsync(NotificationUi.Format(ui.JobStarted, key));
        await AxeAssert.NoViolationsAsync(Page);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await SucceededRunsAsync(key) == runs)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"no new successful run of {key} was recorded in time");
            await Task.Delay(250);
        }

        await Page.ReloadAsync();
        await Expect(JobsPage.LastResult(row)).ToContainTextAsync(ui.JobOk);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task MailLogs_PlatformAdminSeesEveryCitysMail_CityAdminOnlyTheirCitys_NoAxeViolations(string language)
    {
        var ui = NotificationUi.For(language);
        var token = Guid.NewGuid().ToString("N")[..8];
        var helsinkiText = $"Kontrasti on liian heikko Helsingin sivuilla ({token}).";
        var espooText = $"Kontrasti on liian heikko Espoon sivuilla ({token}).";

        // A visitor's accessibility feedback is mailed to the city's admin: one mail in Helsinki, one in Espoo.
        var visitor = await NewPageAsync();
        var feedback = new AccessibilityFeedbackSection(visitor, ui);
        await OpenAsync(visitor, Cities.InLanguage("/helsinki/accessibility", language));
        await feedback.SendAsync(helsinkiText);
        await OpenAsync(visitor, Cities.InLanguage("/espoo/accessibility", language));
        await feedback.SendAsync(espooText);

        // The platform admin's log has both cities' mail; the Espoo one's page shows its text.
        var log = new MailLogPage(Page);
        await new SignInPage(Page).SignInAsync(Staff.PlatformAdmin, Ui.For(language), MailLogPage.PlatformPath);
        await Expect(log.Heading).ToHaveTextAsync(ui.MailLogHeading);
        await Expect(log.To(Staff.Admin("helsinki")).First).ToBeVisibleAsync();
        var espooRow = log.To(Staff.Admin("espoo")).First;
        await Expect(espooRow).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // The pager's page number is honoured: a page far past the end is empty.
        await OpenAsync(Page, MailLogPage.PlatformPath + "?p=1000");
        await Expect(log.Rows).ToHaveCountAsync(0);
        await Expect(Layout.Main).ToContainTextAsync(ui.MailNone);
        await Page.GoBackAsync();

        await MailLogPage.MailLink(espooRow).ClickAsync();
        await Expect(log.TextPart).ToContainTextAsync(espooText);
        await Expect(Layout.Main).ToContainTextAsync(ui.MailTextPart);
        var espooMail = new Uri(Page.Url).AbsolutePath;
        espooMail.ShouldStartWith(MailLogPage.PlatformPath + "/");
        await AxeAssert.NoViolationsAsync(Page);

        // The Helsinki admin's log: Helsinki's mail, not Espoo's (not even by its address).
        var cityAdmin = await NewPageAsync();
        var cityLog = new MailLogPage(cityAdmin);
        await new SignInPage(cityAdmin).SignInAsync(Staff.Admin("helsinki"), Ui.For(language), MailLogPage.CityPath("helsinki"));
        await Expect(cityLog.Heading).ToHaveTextAsync(ui.CityMailHeading);
        var helsinkiRow = cityLog.To(Staff.Admin("helsinki")).First;
        await Expect(helsinkiRow).ToBeVisibleAsync();
        await Expect(cityLog.To(Staff.Admin("espoo"))).ToHaveCountAsync(0);
        foreach (var href in await cityLog.Rows.Locator("th[scope='row'] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            href.ShouldStartWith(MailLogPage.CityPath("helsinki") + "/");
        }

        await AxeAssert.NoViolationsAsync(cityAdmin);

        await MailLogPage.MailLink(helsinkiRow).ClickAsync();
        await Expect(cityLog.TextPart).ToContainTextAsync(helsinkiText);
        await AxeAssert.NoViolationsAsync(cityAdmin);
        await cityAdmin.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = ui.MailBack, Exact = true }).ClickAsync();
        await Expect(cityLog.Heading).ToHaveTextAsync(ui.CityMailHeading);

        await OpenAsync(cityAdmin, MailLogPage.CityPath("helsinki") + espooMail[MailLogPage.PlatformPath.Length..], expectedStatus: 404);
        await Expect(cityAdmin.Locator("main#main")).Not.ToContainTextAsync(espooText);
    }

    /// <summary>
    /// The finished, successful runs of a job, from the app's database: the page shows run times to
    /// the minute, so two runs within a minute look alike there.
    /// </summary>
    private Task<int> SucceededRunsAsync(string job) =>
        Fixture.InScopeAsync(services => services.GetRequiredService<ICoDesignDbContext>().JobRuns.CountAsync(r => r.Job == job && r.Succeeded == true));
}
