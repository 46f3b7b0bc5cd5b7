using System.Net;
using CoDesign.Domain.Notifications;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using CoDesign.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Jobs;

/// <summary>
/// Hangfire's dashboard at /admin/hangfire: only a signed-in platform admin gets it (city staff of
/// any city, coordinators, residents and anonymous callers do not); its "run now" needs the app's
/// antiforgery token; and it lives inside the app's CSP (no inline script, no loosened policy).
/// </summary>
public sealed class HangfireDashboardTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Dashboard = JobsDashboardExtensions.Path;

    [Fact]
    public async Task Anonymous_GetsNoDashboard()
    {
        using var client = app.CreateRealClient();
        foreach (var path in new[] { Dashboard, Dashboard + "/recurring", Dashboard + "/stats" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("digests.city-helsinki");
        }
    }

    [Theory]
    [InlineData("resident1@demo.codesign.fi")]
    [InlineData("helsinki-admin@demo.codesign.fi")]
    [InlineData("espoo-admin@demo.codesign.fi")]
    [InlineData("oulu-moderator@demo.codesign.fi")]
    [InlineData("helsinki-official@demo.codesign.fi")]
    [InlineData("coordinator@demo.codesign.fi")]
    public async Task SignedInWithoutThePlatformRole_IsRefused_AndCannotTrigger(string email)
    {
        using var browser = await SignIn.BrowserAsync(app, email);
        using var page = await browser.Http.GetAsync(new Uri(Dashboard + "/recurring", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await page.Content.ReadAsStringAsync()).ShouldNotContain("digests.city-helsinki");

        var before = await RunsAsync(JobIds.Retention);
        using var trigger = await browser.Http.PostAsync(new Uri(Dashboard + "/recurring/trigger", UriKind.Relative), new FormUrlEncodedContent([new("jobs[]", JobIds.Retention)]));
        trigger.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await Task.Delay(TimeSpan.FromSeconds(2));
        (await RunsAsync(JobIds.Retention)).ShouldBe(before);
    }

    [Fact]
    public async Task PlatformAdmin_SeesEveryRecurringJob_AndRunNowRunsIt_OnlyWithTheAntiforgeryToken()
    {
        using var browser = await SignIn.BrowserAsync(app, "platform-admin@demo.codesign.fi");
        var page = await WaitForRecurringAsync(browser);
        foreach (var id in new[] { JobIds.CityDigest("helsinki"), JobIds.CityDigest("oulu"), JobIds.CoordinatorSummary, JobIds.Retention, JobIds.ScheduleSync })
        {
            page.Html.ShouldContain(id);
        }

        // A cross-site form post carries the cookie but not the token: refused, nothing runs.
        var before = await RunsAsync(JobIds.Retention);
        using (var forged = await browser.Http.PostAsync(new Uri(Dashboard + "/recurring/trigger", UriKind.Relative), new FormUrlEncodedContent([new("jobs[]", JobIds.Retention)])))
        {
            ((int)forged.StatusCode).ShouldBeInRange(400, 403);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        (await RunsAsync(JobIds.Retention)).ShouldBe(before);

        // The dashboard's own script sends the token it was given in the page.
        var header = page.Document.QuerySelector("meta[name=csrf-header]")?.GetAttribute("content");
        var token = page.Document.QuerySelector("meta[name=csrf-token]")?.GetAttribute("content");
        header.ShouldNotBeNullOrEmpty();
        token.ShouldNotBeNullOrEmpty();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Dashboard + "/recurring/trigger", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("jobs[]", JobIds.Retention)]),
        };
        request.Headers.Add(header!, token);
        using (var run = await browser.Http.SendAsync(request))
        {
            run.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await RunsAsync(JobIds.Retention, succeeded: true) <= before)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the retention job triggered from the dashboard did not run");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Dashboard_IsServedUnderTheAppsCsp_WithNoInlineScript()
    {
        using var browser = await SignIn.BrowserAsync(app, "platform-admin@demo.codesign.fi");
        using var response = await browser.Http.GetAsync(new Uri(Dashboard, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("script-src 'self';");
        csp.ShouldNotContain("unsafe-inline");
        var html = await response.Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("script").ShouldNotBeEmpty();
        document.QuerySelectorAll("script").ShouldAllBe(s => s.HasAttribute("src") && string.IsNullOrWhiteSpace(s.TextContent));
        document.QuerySelectorAll("[onclick],[onload],[onchange],[onsubmit]").ShouldBeEmpty();

        // The dashboard's one allowance (the hash of its chart library's stylesheet) is its own.
        csp.ShouldContain("style-src 'self' 'sha256-");
        using var home = await browser.Http.GetAsync(new Uri("/", UriKind.Relative));
        home.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem().ShouldContain("style-src 'self';");
    }

    private static async Task<Browserless.Page> WaitForRecurringAsync(Browserless browser)
    {
        // Each node registers the recurring jobs in the background after it starts.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await browser.GetAsync(Dashboard + "/recurring");
            page.Status.ShouldBe(HttpStatusCode.OK);
            if (page.Html.Contains(JobIds.CityDigest("oulu"), StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(500);
        }
    }

    private Task<int> RunsAsync(string job, bool? succeeded = null) => app.InScopeAsync(sp =>
        sp.GetRequiredService<CoDesignDbContext>().JobRuns.CountAsync(r => r.Job == job && (succeeded == null || r.Succeeded == succeeded)));
}
