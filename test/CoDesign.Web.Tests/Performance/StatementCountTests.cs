using System.Globalization;
using System.Net;
using System.Text;
using CoDesign.TestBase;
using Npgsql;
using Xunit.Abstractions;

namespace CoDesign.Web.Tests.Performance;

/// <summary>
/// N+1 guard: every main page and endpoint is requested on the seeded data and again after every
/// idea (with its votes, followers, comments, responses and reports) has been copied twice and the
/// viewed idea's discussion tripled. A request whose number of SQL commands grows with the data
/// runs a query per row somewhere.
/// </summary>
public sealed class StatementCountTests(PostgresApp app, ITestOutputHelper output) : IClassFixture<PostgresApp>
{
    private static readonly string[] Sorts = ["trending", "top", "newest", "mostDiscussed", "random"];

    [Fact]
    public async Task StatementsPerRequest_DoNotGrowWithTheData()
    {
        using var counter = new SqlStatementCounter();
        var (ideaId, categoryId, themeKey, helsinkiIdeas) = await ContextAsync();
        using var visitor = app.CreateRealClient();
        using var resident = await SignIn.BrowserAsync(app, "resident1@demo.codesign.fi");
        using var moderator = await SignIn.BrowserAsync(app, "helsinki-moderator@demo.codesign.fi");
        using var official = await SignIn.BrowserAsync(app, "helsinki-official@demo.codesign.fi");
        using var coordinator = await SignIn.BrowserAsync(app, "coordinator@demo.codesign.fi");

        var requests = new List<(string Name, HttpClient Client, string Url)>
        {
            ("platform home", visitor, "/"),
            ("city home", visitor, "/helsinki"),
            ("city home API", visitor, "/api/v1/cities/helsinki"),
            ("idea list page", visitor, "/helsinki/ideas"),
            ("idea list page, one category", visitor, $"/helsinki/ideas?category={categoryId}"),
            ("idea list page, search", visitor, "/helsinki/ideas?q=pyörätie"),
            ("idea list page, signed in", resident.Http, "/helsinki/ideas?voted=true"),
            ("idea page", visitor, $"/helsinki/ideas/{ideaId}"),
            ("idea page, signed in", resident.Http, $"/helsinki/ideas/{ideaId}"),
            ("idea API", visitor, $"/api/v1/cities/helsinki/ideas/{ideaId}"),
            ("my participation", resident.Http, "/account/participation"),
            ("notifications", resident.Http, "/account/notifications"),
            ("coordination dashboard", coordinator.Http, "/coordination"),
            ("coordination dashboard API", coordinator.Http, "/api/v1/coordination/dashboard"),
            ("coordination theme", coordinator.Http, $"/coordination/themes/{themeKey}"),
            ("open data JSON", visitor, "/api/v1/opendata/ideas.json"),
            ("open data CSV", visitor, "/api/v1/opendata/ideas.csv?city=helsinki"),
            ("moderation queue", moderator.Http, "/helsinki/admin/moderation"),
            ("moderation queue API", moderator.Http, "/api/v1/cities/helsinki/admin/moderation"),
            ("officials dashboard", official.Http, "/helsinki/admin/accountability"),
            ("officials dashboard API", official.Http, "/api/v1/cities/helsinki/admin/accountability"),
            ("accountability", visitor, "/helsinki/accountability"),
        };
        foreach (var sort in Sorts)
        {
            requests.Add(($"idea list page, {sort}", visitor, $"/helsinki/ideas?sort={sort}"));
            requests.Add(($"idea list API, {sort}", visitor, $"/api/v1/cities/helsinki/ideas?sort={sort}&pageSize=100"));
        }

        requests.Add(("idea list API, search", visitor, "/api/v1/cities/helsinki/ideas?search=pyörätie&pageSize=100"));

        var before = await MeasureAsync(counter, requests);
        await DataMultiplier.CopyEverythingAsync(app.Database.ConnectionString, copies: 2);
        await DataMultiplier.CopyDiscussionAsync(app.Database.ConnectionString, ideaId, copies: 2);
        (await ScalarAsync<long>("""SELECT count(*) FROM "Ideas" i JOIN "Cities" c ON c."Id" = i."TenantId" WHERE c."Slug" = 'helsinki' AND i."Status" = 'Published'"""))
            .ShouldBe(3 * helsinkiIdeas);
        var after = await MeasureAsync(counter, requests);

        var report = new StringBuilder("| request | SQL commands on 1x | on 3x |\n| --- | --- | --- |\n");
        var grown = new List<string>();
        foreach (var (name, _, _) in requests)
        {
            report.Append(CultureInfo.InvariantCulture, $"| {name} | {before[name].Count} | {after[name].Count} |\n");
            if (after[name].Count > before[name].Count)
            {
                grown.Add($"{name}: {before[name].Count} -> {after[name].Count}\n  " + string.Join("\n  ", after[name].Select(s => s.Length > 160 ? s[..160] : s)));
            }
        }

        output.WriteLine(report.ToString());
        grown.ShouldBeEmpty(report.ToString());
    }

    private static async Task<Dictionary<string, IReadOnlyList<string>>> MeasureAsync(SqlStatementCounter counter, List<(string Name, HttpClient Client, string Url)> requests)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (name, client, url) in requests)
        {
            // The first request warms what a node caches (key ring, categories, the compiled model).
            await GetAsync(client, url, name);
            result[name] = await counter.CaptureAsync(() => GetAsync(client, url, name));
        }

        return result;
    }

    private static async Task GetAsync(HttpClient client, string url, string name)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{name} ({url}): {(body.Length > 500 ? body[..500] : body)}");
    }

    private async Task<(Guid IdeaId, Guid CategoryId, string ThemeKey, long HelsinkiIdeas)> ContextAsync()
    {
        // The idea with the most discussion, and a category small enough that three times its
        // ideas still fit on the list page's first page of 20.
        var ideaId = await ScalarAsync<Guid>("""
            SELECT i."Id" FROM "Ideas" i JOIN "Cities" c ON c."Id" = i."TenantId"
            WHERE c."Slug" = 'helsinki' AND i."Status" = 'Published' AND NOT i."ProvisionallyHidden"
            ORDER BY i."CommentCount" DESC, i."Id" LIMIT 1
            """);
        var categoryId = await ScalarAsync<Guid>("""
            SELECT i."CategoryId" FROM "Ideas" i JOIN "Cities" c ON c."Id" = i."TenantId"
            WHERE c."Slug" = 'helsinki' AND i."Status" = 'Published'
            GROUP BY i."CategoryId" HAVING count(*) BETWEEN 2 AND 6 ORDER BY count(*) DESC, i."CategoryId" LIMIT 1
            """);
        var themeKey = await ScalarAsync<string>("""SELECT t."Key" FROM "Themes" t JOIN "Categories" c ON c."ThemeId" = t."Id" WHERE c."Id" = @p""", categoryId);
        var count = await ScalarAsync<long>("""SELECT count(*) FROM "Ideas" i JOIN "Cities" c ON c."Id" = i."TenantId" WHERE c."Slug" = 'helsinki' AND i."Status" = 'Published'""");
        return (ideaId, categoryId, themeKey, count);
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameter = null)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("p", parameter);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
