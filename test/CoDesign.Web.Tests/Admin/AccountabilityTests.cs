using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.Application.Accountability;
using CoDesign.Domain.Ideas;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Admin;

/// <summary>The threshold starts the response clock; the dashboard and the public page follow the data.</summary>
public sealed class AccountabilityTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task IdeaCrossingTheThreshold_AppearsOnTheDashboard_UntilAnswered_AndThePublicFiguresFollow()
    {
        await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.Where(c => c.Slug == "vantaa")
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SupportThreshold, 2).SetProperty(c => c.ResponseDays, 10)));
        using var author = await ApiAsync("resident21@demo.codesign.fi");
        var category = (await author.GetFromJsonAsync<JsonElement>("/api/v1/cities/vantaa")).GetProperty("categories")[0].GetProperty("id").GetGuid();
        using var created = await author.PostAsJsonAsync("/api/v1/cities/vantaa/ideas", new { title = "Vastausajan testi-idea Vantaalla", body = "Testi.", categoryId = category });
        var idea = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var before = await PublicReportAsync();
        foreach (var voter in new[] { "resident22@demo.codesign.fi", "resident23@demo.codesign.fi" })
        {
            using var client = await ApiAsync(voter);
            using var _ = await client.PutAsync(new Uri($"/api/v1/cities/vantaa/ideas/{idea}/vote", UriKind.Relative), null);
        }

        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == idea));
        stored.ThresholdReachedAt.ShouldNotBeNull();
        stored.ResponseDueAt.ShouldBe(stored.ThresholdReachedAt!.Value.AddDays(10));

        using var official = await SignedInAsync("vantaa-official@demo.codesign.fi");
        var dashboard = await official.GetAsync("/vantaa/admin/accountability");
        dashboard.Document.QuerySelector($"#later-heading ~ table a[href$='{idea}#timeline']").ShouldNotBeNull();

        var during = await PublicReportAsync();
        during.ThresholdIdeas.ShouldBe(before.ThresholdIdeas + 1);
        during.StillOpen.ShouldBe(before.StillOpen + 1);

        using var officialApi = await ApiAsync("vantaa-official@demo.codesign.fi");
        using var answered = await officialApi.PostAsJsonAsync($"/api/v1/cities/vantaa/ideas/{idea}/responses", new { status = "UnderReview", textFi = "Käsittelemme ehdotusta." });
        answered.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await official.GetAsync("/vantaa/admin/accountability")).Html.ShouldNotContain(idea.ToString());

        var after = await PublicReportAsync();
        after.Answered.ShouldBe(before.Answered + 1);
        after.AnsweredOnTime.ShouldBe(before.AnsweredOnTime + 1);

        using var visitor = new Browserless(app.BaseAddress);
        var page = await visitor.GetAsync("/vantaa/accountability");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Html.ShouldContain("2 ääntä");
        page.Html.ShouldContain("10 päivän");
    }

    [Fact]
    public async Task PublicFigures_EqualAnIndependentComputation()
    {
        var report = await PublicReportAsync();
        var expected = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var city = await db.Cities.SingleAsync(c => c.Slug == "vantaa");
            var rows = await db.Ideas.IgnoreQueryFilters().Where(i => i.TenantId == city.Id && i.ThresholdReachedAt != null && i.Status != IdeaStatus.Hidden && i.Status != IdeaStatus.Merged)
                .Select(i => new { i.ThresholdReachedAt, i.FirstResponseAt, i.ResponseDueAt }).ToListAsync();
            var implemented = await db.Ideas.IgnoreQueryFilters().CountAsync(i => i.TenantId == city.Id && i.Status == IdeaStatus.Implemented);
            return (Total: rows.Count, Answered: rows.Count(r => r.FirstResponseAt != null), OnTime: rows.Count(r => r.FirstResponseAt != null && r.FirstResponseAt <= r.ResponseDueAt), Implemented: implemented);
        });
        report.ThresholdIdeas.ShouldBe(expected.Total);
        report.Answered.ShouldBe(expected.Answered);
        report.AnsweredOnTime.ShouldBe(expected.OnTime);
        report.Outcomes["Implemented"].ShouldBe(expected.Implemented);
    }

    [Theory]
    [InlineData("resident24@demo.codesign.fi", HttpStatusCode.Forbidden)]
    [InlineData("vantaa-moderator@demo.codesign.fi", HttpStatusCode.Forbidden)]
    [InlineData("espoo-official@demo.codesign.fi", HttpStatusCode.Forbidden)]
    [InlineData("vantaa-official@demo.codesign.fi", HttpStatusCode.OK)]
    public async Task Dashboard_IsForThisCitysOfficials(string email, HttpStatusCode expected)
    {
        using var browser = await SignedInAsync(email);
        (await browser.GetAsync("/vantaa/admin/accountability")).Status.ShouldBe(expected);
    }

    [Fact]
    public void Percentile_UsesNearestRank()
    {
        AccountabilityAppService.Percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5).ShouldBe(5);
        AccountabilityAppService.Percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9).ShouldBe(9);
        AccountabilityAppService.Percentile([4.25], 0.9).ShouldBe(4.3);
        AccountabilityAppService.Percentile([], 0.5).ShouldBeNull();
    }

    private Task<AccountabilityReportDto> PublicReportAsync() => app.InScopeAsync(async sp =>
    {
        var city = await sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "vantaa");
        using var _ = sp.GetRequiredService<Domain.MultiTenancy.ICurrentTenant>().Change(city.Id, city.Slug);
        return await sp.GetRequiredService<AccountabilityAppService>().ReportAsync("fi");
    });

    private Task<Browserless> SignedInAsync(string email) => SignIn.BrowserAsync(app, email);

    private Task<HttpClient> ApiAsync(string email) => SignIn.ApiAsync(app, email);
}
