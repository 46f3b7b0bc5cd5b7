using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CoDesign.Application.Tenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Coordination;

/// <summary>Open data: every published idea and nothing else, one city or all, with the licence, and no personal data.</summary>
public sealed class OpenDataTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Csv_HasEveryPublishedIdea_WithTheDocumentedColumns_AndNoPersonalData()
    {
        using var client = app.CreateRealClient();
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri("/api/v1/opendata/ideas.csv", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();
        watch.Stop();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Headers.GetValues("Link").Single().ShouldContain("creativecommons.org/licenses/by/4.0");

        var lines = Rows(csv);
        lines[0].ShouldBe(["id", "city", "theme", "category", "title", "language", "status", "channel", "district", "published_at", "last_activity_at", "first_response_at", "vote_count", "comment_count", "response_count", "last_response_at", "last_response_status", "last_response_fi", "last_response_sv", "last_response_en", "url"]);
        var published = await PublishedIdsAsync(null);
        lines.Skip(1).Select(l => Guid.Parse(l[0])).ShouldBe(published, ignoreOrder: true);
        lines.Skip(1).ShouldAllBe(l => l.Length == 21);
        lines.Skip(1).Count(l => l[14] != "0").ShouldBeGreaterThan(10, "seeded answers are in the export");
        await PersonalData.ShouldNotAppearInAsync(app, csv);
        Console.WriteLine($"open data CSV, all cities: {lines.Count - 1} ideas, {csv.Length} characters in {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Json_ForOneCity_HasItsPublishedIdeasWithResponses_AndTheLicence()
    {
        using var client = app.CreateRealClient();
        using var response = await client.GetAsync(new Uri("/api/v1/opendata/ideas.json?city=espoo", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(text).RootElement;
        json.GetProperty("licence").GetString().ShouldBe("CC BY 4.0");
        json.GetProperty("city").GetString().ShouldBe("espoo");
        var ideas = json.GetProperty("ideas").EnumerateArray().ToList();
        ideas.Select(i => i.GetProperty("id").GetGuid()).ShouldBe(await PublishedIdsAsync("espoo"), ignoreOrder: true);
        ideas.ShouldAllBe(i => i.GetProperty("city").GetString() == "espoo");
        var answered = ideas.Where(i => i.GetProperty("responses").GetArrayLength() > 0).ToList();
        answered.ShouldNotBeEmpty();
        answered.ShouldAllBe(i => i.GetProperty("firstResponseAt").GetString() != null);
        ideas.SelectMany(i => i.EnumerateObject().Select(p => p.Name)).Distinct().ShouldNotContain("authorId");
        await PersonalData.ShouldNotAppearInAsync(app, text);
    }

    [Fact]
    public async Task UnknownCity_IsNotFound_AndTheDocumentationPageLinksTheFiles()
    {
        using var client = app.CreateRealClient();
        using var response = await client.GetAsync(new Uri("/api/v1/opendata/ideas.csv?city=atlantis", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var visitor = new Browserless(app.BaseAddress);
        var page = await visitor.GetAsync("/opendata");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelectorAll("a[href^='/api/v1/opendata/ideas.csv']").Length.ShouldBe(7);
        page.Document.QuerySelectorAll("#columns-heading + table tbody tr").Length.ShouldBe(21);
        page.Html.ShouldContain("CC BY 4.0");
    }

    private Task<List<Guid>> PublishedIdsAsync(string? city) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CoDesignDbContext>();
        var ideas = db.Ideas.IgnoreQueryFilters().Where(i => CityAppService.PublicIdeaStatuses.Contains(i.Status) && !i.ProvisionallyHidden);
        if (city is not null)
        {
            var id = await db.Cities.Where(c => c.Slug == city).Select(c => c.Id).SingleAsync();
            ideas = ideas.Where(i => i.TenantId == id);
        }

        return await ideas.Select(i => i.Id).ToListAsync();
    });

    /// <summary>A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> Rows(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(ch);
            }
        }

        return rows;
    }
}
