using System.Net;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Admin;

/// <summary>City settings, roles and the audit log: who may open them, and what a change leaves behind.</summary>
public sealed class CityAdminTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    public static TheoryData<string?, string, HttpStatusCode> Matrix => new()
    {
        { null, "/helsinki/admin/settings", HttpStatusCode.Redirect },
        { "resident41@demo.codesign.fi", "/helsinki/admin/settings", HttpStatusCode.Forbidden },
        { "helsinki-moderator@demo.codesign.fi", "/helsinki/admin/settings", HttpStatusCode.Forbidden },
        { "helsinki-official@demo.codesign.fi", "/helsinki/admin/settings", HttpStatusCode.Forbidden },
        { "espoo-admin@demo.codesign.fi", "/helsinki/admin/settings", HttpStatusCode.Forbidden },
        { "coordinator@demo.codesign.fi", "/helsinki/admin/settings", HttpStatusCode.Forbidden },
        { "platform-admin@demo.codesign.fi", "/helsinki/admin/settings", HttpStatusCode.Forbidden },
        { "helsinki-admin@demo.codesign.fi", "/helsinki/admin/settings", HttpStatusCode.OK },
        { "helsinki-admin@demo.codesign.fi", "/helsinki/admin/roles", HttpStatusCode.OK },
        { "helsinki-admin@demo.codesign.fi", "/helsinki/admin/audit", HttpStatusCode.OK },
        { "espoo-admin@demo.codesign.fi", "/helsinki/admin/roles", HttpStatusCode.Forbidden },
        { "espoo-admin@demo.codesign.fi", "/helsinki/admin/audit", HttpStatusCode.Forbidden },
        { "helsinki-official@demo.codesign.fi", "/helsinki/admin", HttpStatusCode.OK },
        { "resident41@demo.codesign.fi", "/helsinki/admin", HttpStatusCode.Forbidden },
        { null, "/helsinki/admin", HttpStatusCode.Redirect },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AdminPage_AnswersEachRoleAsExpected(string? email, string path, HttpStatusCode expected)
    {
        using var browser = new Browserless(app.BaseAddress);
        if (email is not null)
        {
            await SignInAsync(browser, email);
        }

        using var response = await browser.Http.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/account/login");
        }
    }

    [Fact]
    public async Task CityAdmin_ChangesTheThreshold_ItIsSavedAndAudited()
    {
        using var browser = new Browserless(app.BaseAddress);
        await SignInAsync(browser, "vantaa-admin@demo.codesign.fi");
        var form = await browser.GetAsync("/vantaa/admin/settings");
        var saved = await browser.FollowAsync(await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.SupportThreshold"] = "7",
            ["Input.ResponseDays"] = "21",
            ["Input.DigestTime"] = "06:45",
        }));
        saved.Html.ShouldContain("Asetukset on tallennettu");
        saved.Document.QuerySelector("#Input_SupportThreshold")!.GetAttribute("value").ShouldBe("7");

        var city = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "vantaa"));
        city.SupportThreshold.ShouldBe(7);
        city.ResponseDays.ShouldBe(21);
        city.DigestCron.ShouldBe("0 45 6 * * ?");

        var audit = await browser.GetAsync("/vantaa/admin/audit?action=settings.updated");
        audit.Html.ShouldContain("threshold=7");
        audit.Html.ShouldContain("vantaa-admin@demo.codesign.fi");
    }

    [Fact]
    public async Task Settings_WithVotingEndingBeforeItStarts_ShowsTheErrorAndSavesNothing()
    {
        using var browser = new Browserless(app.BaseAddress);
        await SignInAsync(browser, "turku-admin@demo.codesign.fi");
        var form = await browser.GetAsync("/turku/admin/settings");
        var page = await Browserless.Page.ReadAsync(await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.VotingStartsAt"] = "2027-03-01",
            ["Input.VotingEndsAt"] = "2027-02-01",
        }));
        page.Document.QuerySelector("#Input_VotingEndsAt-error")!.TextContent.ShouldContain("päättyä alkamisen jälkeen");
        var city = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "turku"));
        city.VotingEndsAt.ShouldBeNull();
    }

    [Fact]
    public async Task CityAdmin_GrantsAndRevokesARole_TheRoleWorksOnlyMeanwhile()
    {
        using var admin = new Browserless(app.BaseAddress);
        await SignInAsync(admin, "oulu-admin@demo.codesign.fi");
        var roles = await admin.GetAsync("/oulu/admin/roles");
        var unknown = await Browserless.Page.ReadAsync(await admin.SubmitAsync(roles, "form[action*='handler=Grant']", new Dictionary<string, string> { ["Email"] = "nobody-at-all@example.fi", ["Role"] = "Official" }));
        unknown.Document.QuerySelector("#Email-error")!.TextContent.ShouldContain("Osoitteella ei ole tiliä");

        var granted = await admin.FollowAsync(await admin.SubmitAsync(roles, "form[action*='handler=Grant']", new Dictionary<string, string> { ["Email"] = "resident42@demo.codesign.fi", ["Role"] = "Official" }));
        granted.Html.ShouldContain("resident42@demo.codesign.fi");

        using var person = new Browserless(app.BaseAddress);
        await SignInAsync(person, "resident42@demo.codesign.fi");
        (await person.GetAsync("/oulu/ideas/assisted")).Status.ShouldBe(HttpStatusCode.OK);
        (await person.GetAsync("/helsinki/ideas/assisted")).Status.ShouldBe(HttpStatusCode.Forbidden);

        var row = granted.Document.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("resident42@demo.codesign.fi", StringComparison.Ordinal));
        var assignmentId = row.QuerySelector("input[name='AssignmentId']")!.GetAttribute("value")!;
        var revoked = await admin.FollowAsync(await admin.SubmitAsync(granted, $"form:has(input[value='{assignmentId}'])", new Dictionary<string, string>()));
        revoked.Html.ShouldContain("Rooli on poistettu");
        (await person.GetAsync("/oulu/ideas/assisted")).Status.ShouldBe(HttpStatusCode.Forbidden);

        var audit = await admin.GetAsync("/oulu/admin/audit");
        audit.Html.ShouldContain("resident42@demo.codesign.fi: Official");
        audit.Document.QuerySelectorAll("tbody tr").Length.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task CityAdmin_AddsACategoryMappedToATheme_ItIsOfferedToAuthors()
    {
        using var admin = new Browserless(app.BaseAddress);
        await SignInAsync(admin, "tampere-admin@demo.codesign.fi");
        var page = await admin.GetAsync("/tampere/admin/categories");
        var badKey = await Browserless.Page.ReadAsync(await admin.SubmitAsync(page, "main > form", new Dictionary<string, string>
        {
            ["Input.Key"] = "Väärä avain!",
            ["Input.ThemeKey"] = "culture-leisure",
            ["Input.NameFi"] = "Sirkus",
            ["Input.NameSv"] = "Cirkus",
            ["Input.NameEn"] = "Circus",
        }));
        badKey.Document.QuerySelector("#Input_Key-error")!.TextContent.ShouldContain("pieniä kirjaimia");

        var saved = await admin.FollowAsync(await admin.SubmitAsync(page, "main > form", new Dictionary<string, string>
        {
            ["Input.Key"] = "sirkus",
            ["Input.ThemeKey"] = "culture-leisure",
            ["Input.NameFi"] = "Sirkus ja katutaide",
            ["Input.NameSv"] = "Cirkus och gatukonst",
            ["Input.NameEn"] = "Circus and street art",
        }));
        saved.Html.ShouldContain("Sirkus ja katutaide");

        using var resident = new Browserless(app.BaseAddress);
        await SignInAsync(resident, "resident19@demo.codesign.fi");
        var form = await resident.GetAsync("/tampere/ideas/new?lang=sv");
        form.Document.QuerySelectorAll("#Input_CategoryId option").Select(o => o.TextContent).ShouldContain(t => t.StartsWith("Cirkus och gatukonst", StringComparison.Ordinal));
        (await admin.GetAsync("/tampere/admin/audit?action=category.added")).Html.ShouldContain("sirkus");
    }

    private static Task SignInAsync(Browserless browser, string email) => SignIn.IntoAsync(browser, email);
}
