using System.Net;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Ideas;

/// <summary>Assisted participation, reporting and "my participation", as pages without JavaScript.</summary>
public sealed class ParticipationPagesTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Official_RecordsAnIdeaForAResident_WithChannelConsentAndContact()
    {
        using var browser = new Browserless(app.BaseAddress);
        await SignInAsync(browser, "vantaa-official@demo.codesign.fi");
        var form = await browser.GetAsync("/vantaa/ideas/assisted");
        form.Status.ShouldBe(HttpStatusCode.OK);
        var category = form.Document.QuerySelectorAll("#Input_CategoryId option").Skip(1).First().GetAttribute("value")!;

        var refused = await Browserless.Page.ReadAsync(await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Phone",
            ["Input.Title"] = "Penkki terveysaseman eteen",
            ["Input.Body"] = "Asukas soitti: terveysaseman edessä ei ole paikkaa istua.",
            ["Input.CategoryId"] = category,
        }));
        refused.Document.QuerySelector("#Input_ConsentNoted-error")!.TextContent.ShouldContain("Kirjaa asukkaan lupa");

        var saved = await browser.SubmitAsync(refused, "main form", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Phone",
            ["Input.Title"] = "Penkki terveysaseman eteen",
            ["Input.Body"] = "Asukas soitti: terveysaseman edessä ei ole paikkaa istua.",
            ["Input.CategoryId"] = category,
            ["Input.ConsentNoted"] = "true",
            ["Input.ContactEmail"] = "asukas@example.fi",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await browser.FollowAsync(saved);
        page.Html.ShouldContain("Kirjattu puhelimessa");
        page.Html.ShouldNotContain("asukas@example.fi");

        var id = Guid.Parse(page.Url.AbsolutePath.Split('/')[^1]);
        var idea = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id));
        idea.AuthorId.ShouldBeNull();
        idea.RecordedById.ShouldNotBeNull();
        idea.ConsentNoted.ShouldBeTrue();
        idea.ContactEmail.ShouldBe("asukas@example.fi");
        idea.Channel.ToString().ShouldBe("Phone");
    }

    [Theory]
    [InlineData("resident34@demo.codesign.fi")]
    [InlineData("espoo-official@demo.codesign.fi")]
    public async Task AssistedForm_IsForbidden_ToOthersThanThisCitysStaff(string email)
    {
        using var browser = new Browserless(app.BaseAddress);
        await SignInAsync(browser, email);
        (await browser.GetAsync("/vantaa/ideas/assisted")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Report_OncePerPerson_TheSecondTimeSaysSo()
    {
        using var browser = new Browserless(app.BaseAddress);
        await SignInAsync(browser, "resident35@demo.codesign.fi");
        var list = await browser.GetAsync("/turku/ideas");
        var href = list.Document.QuerySelector(".idea-item h3 a")!.GetAttribute("href")!;
        var idea = await browser.GetAsync(href);
        var first = await browser.FollowAsync(await browser.SubmitAsync(idea, "form[action*='handler=Report']", new Dictionary<string, string> { ["ReportReason"] = "Sisältää mainontaa." }));
        first.Html.ShouldContain("ilmoitus on välitetty");
        var second = await Browserless.Page.ReadAsync(await browser.SubmitAsync(first, "form[action*='handler=Report']", new Dictionary<string, string> { ["ReportReason"] = "Uudestaan." }));
        second.Html.ShouldContain("Olet jo ilmoittanut tästä");
        var ideaId = Guid.Parse(href.Split('/')[^1]);
        (await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().ContentReports.IgnoreQueryFilters().CountAsync(r => r.TargetId == ideaId))).ShouldBe(1);
    }

    [Fact]
    public async Task MyParticipation_ListsOwnIdeasVotesAndFollows_FromEveryCity()
    {
        using var browser = new Browserless(app.BaseAddress);
        await SignInAsync(browser, "resident6@demo.codesign.fi");
        var page = await browser.GetAsync("/account/participation");
        page.Status.ShouldBe(HttpStatusCode.OK);
        var me = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == "resident6@demo.codesign.fi").Select(u => u.Id).SingleAsync());
        var votes = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Votes.IgnoreQueryFilters().CountAsync(v => v.VoterId == me));
        page.Document.QuerySelectorAll("#voted-heading + table tbody tr").Length.ShouldBe(votes);
        (await new Browserless(app.BaseAddress).Http.GetAsync(new Uri("/account/participation", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static Task SignInAsync(Browserless browser, string email) => SignIn.IntoAsync(browser, email);
}
