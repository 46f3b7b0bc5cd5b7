using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// SQL-ish values in every sort, filter, paging, cursor and search parameter of the list pages and
/// list endpoints. Sorts come from an allow-list (the API refuses anything else with a coded 400, the
/// page falls back to the default), filters are bound as typed values or query parameters, and
/// nothing a client sends reaches SQL as text: no 500, no delay from pg_sleep, no row changed and
/// no filter that suddenly matches everything.
/// </summary>
public sealed class QueryInjectionTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    /// <summary>Classic and blind injections, ORDER BY tricks, stacked statements, comment and quote breakers.</summary>
    public static readonly string[] SqlValues =
    [
        "title;drop table \"Ideas\"",
        "title; DROP TABLE \"Ideas\";--",
        "(select pg_sleep(5))",
        "1;select pg_sleep(5)--",
        "\"VoteCount\" desc, (select case when (1=1) then pg_sleep(5) else 0 end)",
        "CASE WHEN (SELECT count(*) FROM \"AspNetUsers\")>0 THEN \"Title\" ELSE \"Id\" END",
        "1' or '1'='1",
        "1\" or \"1\"=\"1",
        "' or 1=1 --",
        "%' or '%'='",
        "') or ('a'='a",
        "' union select null,version(),null--",
        "1 AND 1=CAST((SELECT version()) AS int)",
        "'; DELETE FROM \"Comments\"; --",
        "'; UPDATE \"Ideas\" SET \"VoteCount\"=999999; --",
        "\\'; select 1; --",
        "top asc nulls first",
        "newest/**/desc",
        "$1",
        "' || pg_sleep(5) || '",
        "x{NUL}' or '1'='1",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Values() => new(SqlValues);

    [Theory]
    [MemberData(nameof(Values))]
    public async Task IdeaListApi_SqlInEveryParameter_IsRefusedOrTakenAsData_NothingChanges(string sample)
    {
        var value = Value(sample);
        var before = await SnapshotAsync();
        using var client = await SignIn.ApiAsync(app, "resident1@demo.codesign.fi");
        var q = Uri.EscapeDataString(value);
        const string list = "/api/v1/cities/helsinki/ideas";
        var all = (await GetJsonAsync(client, list + "?pageSize=50", HttpStatusCode.OK)).GetProperty("items").GetArrayLength();
        all.ShouldBeGreaterThan(0, "the demo city has published ideas");

        // Sort is an allow-list: anything else is a coded 400 naming the field.
        await ProblemAsync(client, $"{list}?sort={q}", HttpStatusCode.BadRequest, "CoDesign:Validation");

        // Typed parameters: the value does not bind, so it never gets near a query.
        foreach (var name in new[] { "category", "organisation", "seed", "pageSize", "mine", "voted", "followed" })
        {
            await ProblemAsync(client, $"{list}?{name}={q}", HttpStatusCode.BadRequest, "CoDesign:Validation");
        }

        // A cursor is the app's own opaque token; anything else is a coded 400.
        await ProblemAsync(client, $"{list}?cursor={q}", HttpStatusCode.BadRequest, "CoDesign:Validation");
        await ProblemAsync(client, $"{list}?cursor={Uri.EscapeDataString(CursorOf(value))}", HttpStatusCode.BadRequest, "CoDesign:Validation");

        // Text filters are compared as values: an always-true condition matches nothing.
        (await GetJsonAsync(client, $"{list}?theme={q}", HttpStatusCode.OK)).GetProperty("items").GetArrayLength().ShouldBe(0, "theme");
        (await GetJsonAsync(client, $"{list}?district={q}", HttpStatusCode.OK)).GetProperty("items").GetArrayLength().ShouldBe(0, "district");

        // An unknown status is dropped (the list is unfiltered), search is a search.
        (await GetJsonAsync(client, $"{list}?status={q}&pageSize=50", HttpStatusCode.OK)).GetProperty("items").GetArrayLength().ShouldBe(all, "status");
        (await GetJsonAsync(client, $"{list}?search={q}&pageSize=50", HttpStatusCode.OK)).GetProperty("items").GetArrayLength().ShouldBeLessThanOrEqualTo(all, "search");
        await GetJsonAsync(client, $"{list}?lang={q}", HttpStatusCode.OK);
        await GetJsonAsync(client, $"/api/v1/cities/helsinki/ideas/similar?title={q}&body={q}", HttpStatusCode.OK);

        (await SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public async Task OtherListEndpoints_SqlInParameters_AreRefusedOrTakenAsData_NothingChanges(string sample)
    {
        var value = Value(sample);
        var before = await SnapshotAsync();
        var q = Uri.EscapeDataString(value);
        using var admin = await SignIn.ApiAsync(app, "helsinki-admin@demo.codesign.fi");
        using var coordinator = await SignIn.ApiAsync(app, "coordinator@demo.codesign.fi");
        using var anonymous = app.CreateRealClient();

        (await GetJsonAsync(admin, $"/api/v1/cities/helsinki/admin/audit?action={q}", HttpStatusCode.OK)).GetArrayLength().ShouldBe(0, "audit action");
        await ProblemAsync(admin, $"/api/v1/cities/helsinki/admin/audit?page={q}", HttpStatusCode.BadRequest, "CoDesign:Validation");
        await ProblemAsync(admin, $"/api/v1/me/notifications?page={q}", HttpStatusCode.BadRequest, "CoDesign:Validation");
        await ProblemAsync(admin, $"/api/v1/me/notifications?unread={q}", HttpStatusCode.BadRequest, "CoDesign:Validation");
        await ProblemAsync(coordinator, $"/api/v1/coordination/dashboard?from={q}", HttpStatusCode.BadRequest, "CoDesign:Validation");
        await ProblemAsync(coordinator, $"/api/v1/coordination/dashboard?to={q}", HttpStatusCode.BadRequest, "CoDesign:Validation");
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            // Kestrel refuses a NUL in the path itself, before the app.
            (await anonymous.GetAsync(new Uri($"/api/v1/cities/{q}/ideas", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
        else
        {
            await ProblemAsync(coordinator, $"/api/v1/coordination/themes/{q}", HttpStatusCode.NotFound, "CoDesign:NotFound");
            await ProblemAsync(anonymous, $"/api/v1/cities/{q}/ideas", HttpStatusCode.NotFound, "CoDesign:NotFound");
        }

        await ProblemAsync(anonymous, $"/api/v1/opendata/ideas.json?city={q}", HttpStatusCode.NotFound, "CoDesign:NotFound");
        await ProblemAsync(anonymous, $"/api/v1/opendata/ideas.csv?city={q}", HttpStatusCode.NotFound, "CoDesign:NotFound");

        (await SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public async Task ListPages_SqlInParameters_ShowThePageWithDefaults_NothingChanges(string sample)
    {
        var value = Value(sample);
        var before = await SnapshotAsync();
        var q = Uri.EscapeDataString(value);
        using var resident = await SignIn.BrowserAsync(app, "resident1@demo.codesign.fi");
        var plain = await resident.GetAsync("/helsinki/ideas");
        var defaultOrder = IdeaLinks(plain);
        defaultOrder.ShouldNotBeEmpty();

        // An unknown sort falls back to the default order; unbindable filters are ignored.
        foreach (var name in new[] { "sort", "category", "organisation", "status", "mine", "voted", "followed" })
        {
            var page = await resident.GetAsync($"/helsinki/ideas?{name}={q}");
            page.Status.ShouldBe(HttpStatusCode.OK, name);
            IdeaLinks(page).ShouldBe(defaultOrder, name);
        }

        // Text filters match nothing; a search is echoed as text in the search field.
        foreach (var name in new[] { "theme", "district" })
        {
            var page = await resident.GetAsync($"/helsinki/ideas?{name}={q}");
            page.Status.ShouldBe(HttpStatusCode.OK, name);
            IdeaLinks(page).ShouldBeEmpty(name);
        }

        var search = await resident.GetAsync($"/helsinki/ideas?q={q}");
        search.Status.ShouldBe(HttpStatusCode.OK);
        search.Document.QuerySelector("input[name='q']")!.GetAttribute("value").ShouldBe(value.Trim().Replace('\0', '\uFFFD'));

        // A tampered cursor: the first page with a note in the reader's language.
        foreach (var cursor in new[] { value, CursorOf(value) })
        {
            var page = await resident.GetAsync($"/helsinki/ideas?cursor={Uri.EscapeDataString(cursor)}");
            page.Status.ShouldBe(HttpStatusCode.OK);
            page.Html.ShouldContain("Sivun osoite oli vanhentunut");
            IdeaLinks(page).ShouldBe(defaultOrder);
        }

        (await resident.GetAsync($"/account/notifications?p={q}&unread={q}")).Status.ShouldBe(HttpStatusCode.OK);

        using var admin = await SignIn.BrowserAsync(app, "helsinki-admin@demo.codesign.fi");
        (await admin.GetAsync($"/helsinki/admin/audit?action={q}&p={q}")).Status.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/helsinki/admin/mail?status={q}&p={q}")).Status.ShouldBe(HttpStatusCode.OK);

        using var platform = await SignIn.BrowserAsync(app, "platform-admin@demo.codesign.fi");
        (await platform.GetAsync($"/admin/mail?status={q}&p={q}")).Status.ShouldBe(HttpStatusCode.OK);

        using var coordinator = await SignIn.BrowserAsync(app, "coordinator@demo.codesign.fi");
        (await coordinator.GetAsync($"/coordination?from={q}&to={q}&figure={q}")).Status.ShouldBe(HttpStatusCode.OK);
        (await coordinator.GetAsync($"/coordination/themes/{q}")).Status.ShouldBe(value.Contains('\0', StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.NotFound);

        (await SnapshotAsync()).ShouldBe(before);
    }

    /// <summary>Well-formed cursors (the app's own encoding) with values no real page produces.</summary>
    [Theory]
    [InlineData("trending")]
    [InlineData("top")]
    [InlineData("newest")]
    [InlineData("mostDiscussed")]
    [InlineData("random")]
    public async Task TamperedCursorValues_AreA400InTheApi_AndTheFirstPageOnThePage(string sort)
    {
        var id = Guid.NewGuid();
        string[] values = ["-1", "0", long.MaxValue.ToString(CultureInfo.InvariantCulture), long.MinValue.ToString(CultureInfo.InvariantCulture), "3155378975999999999", "3155378976000000000", "99999999999999999999"];
        using var client = app.CreateRealClient();
        using var browser = new Browserless(app.BaseAddress);
        foreach (var value in values)
        {
            var cursor = Uri.EscapeDataString(Encode($"{value}|{id}"));
            using var response = await client.GetAsync(new Uri($"/api/v1/cities/helsinki/ideas?sort={sort}&cursor={cursor}", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).ShouldBeOneOf([200, 400], $"{sort} cursor {value}: {body}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe("CoDesign:Validation");
            }

            (await browser.GetAsync($"/helsinki/ideas?sort={sort}&cursor={cursor}")).Status.ShouldBe(HttpStatusCode.OK, $"{sort} cursor {value}");
        }
    }

    /// <summary>A NUL cannot be in a test's name (the results file is XML), so the data spells it {NUL}.</summary>
    private static string Value(string sample) => sample.Replace("{NUL}", "\0", StringComparison.Ordinal);

    private static string CursorOf(string value) => Encode($"{value}|{Guid.NewGuid()}");

    private static string Encode(string raw) => Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static List<string> IdeaLinks(Browserless.Page page) =>
        page.Document.QuerySelectorAll("main a[href*='/ideas/']")
            .Select(a => a.GetAttribute("href")!)
            .Where(h => Guid.TryParse(h.Split('/')[^1], out _))
            .ToList();

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url, HttpStatusCode expected)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(4), $"{url} took long enough for pg_sleep to have run");
        response.StatusCode.ShouldBe(expected, $"{url}: {body[..Math.Min(body.Length, 500)]}");
        return JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    private static async Task ProblemAsync(HttpClient client, string url, HttpStatusCode expected, string code)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(4), $"{url} took long enough for pg_sleep to have run");
        response.StatusCode.ShouldBe(expected, $"{url}: {body[..Math.Min(body.Length, 500)]}");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", url);
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe(code, url);
    }

    /// <summary>Row counts of the tables an injection would change, the vote total and the number of tables.</summary>
    private Task<string> SnapshotAsync() => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CoDesignDbContext>();
        var tables = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'").SingleAsync();
        var ideas = await db.Ideas.IgnoreQueryFilters().CountAsync();
        var votes = await db.Ideas.IgnoreQueryFilters().SumAsync(i => i.VoteCount);
        var comments = await db.Comments.IgnoreQueryFilters().CountAsync();
        var users = await db.Users.CountAsync();
        var categories = await db.Categories.IgnoreQueryFilters().CountAsync();
        return string.Create(CultureInfo.InvariantCulture, $"tables {tables}, ideas {ideas}, votes {votes}, comments {comments}, users {users}, categories {categories}");
    });
}
