using System.Net;
using System.Net.Http.Json;
using CoDesign.Application.Coordination;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Coordination;

/// <summary>The coordination pages without JavaScript: figures, charts with their tables, drill-down, theme management and "also proposed in".</summary>
public sealed class CoordinationPagesTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Coordinator = "coordinator@demo.codesign.fi";

    [Fact]
    public async Task Dashboard_ShowsThemeByCityTable_ChartsWithTables_AndNoPersonalData()
    {
        using var browser = await SignIn.BrowserAsync(app, Coordinator, "sv");
        var page = await browser.GetAsync("/coordination?from=2020-01-01&figure=participants");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Lang.ShouldBe("sv");
        page.H1.ShouldBe("Jämförelse mellan städer");
        var grid = page.Document.QuerySelector("#grid-caption")!.ParentElement!;
        grid.QuerySelectorAll("tbody tr").Length.ShouldBe(10);
        grid.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ShouldContain("Helsingfors");
        page.Document.QuerySelectorAll("svg[role=img]").Length.ShouldBe(11, "one channel chart and ten small trend charts");
        page.Document.QuerySelectorAll("svg[role=img]").ShouldAllBe(svg => svg.QuerySelector("title") != null);
        page.Document.QuerySelector("#figure option[selected]")!.GetAttribute("value").ShouldBe("participants");
        page.Document.QuerySelectorAll("a[href^='/coordination/themes/mobility?from=2020-01-01']").Length.ShouldBeGreaterThan(0);
        page.Document.QuerySelectorAll(".similar-groups > li").Length.ShouldBeGreaterThan(0);
        await PersonalData.ShouldNotAppearInAsync(app, page.Document.QuerySelector("main")!.OuterHtml);
    }

    [Fact]
    public async Task ThemeDrillDown_ListsTopIdeasOfEachCity_WithLinksToTheirPages()
    {
        using var browser = await SignIn.BrowserAsync(app, Coordinator);
        var page = await browser.GetAsync("/coordination/themes/mobility?from=2020-01-01");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.H1.ShouldBe("Liikkuminen");
        page.Document.QuerySelectorAll("#top-heading ~ h3").Length.ShouldBe(6);
        var links = page.Document.QuerySelectorAll(".top-ideas a").Select(a => a.GetAttribute("href")!).ToList();
        links.ShouldNotBeEmpty();
        links.ShouldAllBe(href => System.Text.RegularExpressions.Regex.IsMatch(href, "^/(helsinki|espoo|vantaa|tampere|turku|oulu)/ideas/[0-9a-f-]{36}$"));
        var first = await browser.GetAsync(links[0]);
        first.Status.ShouldBe(HttpStatusCode.OK);

        (await browser.GetAsync("/coordination/themes/no-such-theme")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ThemeManagement_WorksWithPlainForms()
    {
        using var browser = await SignIn.BrowserAsync(app, Coordinator, "en");
        var page = await browser.GetAsync("/coordination/themes");
        page.Document.QuerySelectorAll(".theme-list > li").Length.ShouldBe(10);
        page.Document.QuerySelectorAll(".theme-list button").Select(b => b.TextContent).ShouldNotContain("Remove theme", "every seeded theme is in use");

        using (var added = await browser.SubmitAsync(page, "form[action*='handler=Add']", new Dictionary<string, string> { ["Input.Key"] = "islands", ["Input.NameFi"] = "Saaristo", ["Input.NameSv"] = "Skärgården", ["Input.NameEn"] = "Archipelago" }))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        page = await browser.GetAsync("/coordination/themes");
        page.Html.ShouldContain("The theme was added.");
        var items = page.Document.QuerySelectorAll(".theme-list > li");
        var item = items[^1];
        item.QuerySelector("h2")!.TextContent.ShouldContain("Archipelago");

        using (var taken = await browser.SubmitAsync(page, "form[action*='handler=Add']", new Dictionary<string, string> { ["Input.Key"] = "islands", ["Input.NameFi"] = "A", ["Input.NameSv"] = "B", ["Input.NameEn"] = "C" }))
        {
            taken.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await taken.Content.ReadAsStringAsync()).ShouldContain("Another theme already uses this key.");
        }

        using (var removed = await browser.SubmitAsync(page, "#theme-islands-remove", new Dictionary<string, string>()))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await browser.GetAsync("/coordination/themes")).Document.QuerySelectorAll(".theme-list > li").Length.ShouldBe(10);
    }

    [Fact]
    public async Task IdeaPage_ShowsAlsoProposedIn_WithIdeasOfOtherCities()
    {
        using var api = await SignIn.ApiAsync(app, Coordinator);
        var dashboard = await api.GetFromJsonAsync<CoordinationDashboardDto>("/api/v1/coordination/dashboard?from=2020-01-01");
        var group = dashboard!.SimilarGroups[0];
        var idea = group.Ideas[0];

        using var visitor = new Browserless(app.BaseAddress);
        var page = await visitor.GetAsync($"/{idea.CitySlug}/ideas/{idea.Id}");
        page.Status.ShouldBe(HttpStatusCode.OK);
        var section = page.Document.QuerySelector("#also-proposed-in");
        section.ShouldNotBeNull();
        var hrefs = section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        hrefs.ShouldContain(h => group.Ideas.Any(o => o.CitySlug != idea.CitySlug && h == $"/{o.CitySlug}/ideas/{o.Id}"));
        hrefs.ShouldAllBe(h => !h!.StartsWith("/" + idea.CitySlug + "/", StringComparison.Ordinal));
    }
}
