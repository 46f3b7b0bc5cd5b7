using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoDesign.TestBase;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Coordination;

/// <summary>
/// Every coordination endpoint, read from the app's endpoint list, called by each kind of person:
/// only coordinators get past 401/403 (platform admins may read the figures), and the answers hold
/// aggregates and public idea facts, never a person.
/// </summary>
public sealed class CoordinationApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Coordinator = "coordinator@demo.codesign.fi";
    private const string PlatformAdmin = "platform-admin@demo.codesign.fi";

    private static readonly string[] People =
    [
        "anonymous", "resident12@demo.codesign.fi", "helsinki-moderator@demo.codesign.fi", "helsinki-official@demo.codesign.fi",
        "helsinki-admin@demo.codesign.fi", Coordinator, PlatformAdmin,
    ];

    [Fact]
    public async Task EveryCoordinationEndpoint_AdmitsOnlyCoordinators()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/coordination", StringComparison.Ordinal) == true)
            .Select(e => (Pattern: e.RoutePattern.RawText!, Method: e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0]))
            .ToList();
        endpoints.Count.ShouldBe(7);

        var clients = new Dictionary<string, HttpClient>();
        foreach (var person in People)
        {
            clients[person] = person == "anonymous" ? app.CreateRealClient() : await SignIn.ApiAsync(app, person);
        }

        var failures = new List<string>();
        foreach (var (pattern, method) in endpoints)
        {
            // A key no theme has: allowed callers get 404/400, refused ones 401/403, nothing changes.
            var url = pattern.Replace("{key}", "no-such-theme", StringComparison.Ordinal);
            var readOnly = method == "GET" && !pattern.Contains("/themes", StringComparison.Ordinal);
            foreach (var person in People)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await clients[person].SendAsync(request);
                var allowed = person == Coordinator || (person == PlatformAdmin && (readOnly || (method == "GET" && pattern.EndsWith("{key}", StringComparison.Ordinal))));
                var expected = person == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                if (allowed ? response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden : response.StatusCode != expected)
                {
                    failures.Add($"{method} {pattern} as {person}: {(int)response.StatusCode}");
                }

                if (response.StatusCode >= HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{method} {pattern} as {person}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        failures.ShouldBeEmpty();
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Dashboard_ForACoordinator_HasEveryCellAndNoPersonalData()
    {
        using var client = await SignIn.ApiAsync(app, Coordinator);
        using var response = await client.GetAsync(new Uri("/api/v1/coordination/dashboard?from=2020-01-01&lang=sv", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(text).RootElement;
        json.GetProperty("themes").GetArrayLength().ShouldBe(10);
        json.GetProperty("cities").GetArrayLength().ShouldBe(6);
        json.GetProperty("figures").GetArrayLength().ShouldBe(11 * 7);
        json.GetProperty("themes")[0].GetProperty("name").GetString().ShouldBe("Mobilitet");
        await PersonalData.ShouldNotAppearInAsync(app, text);

        using var theme = await client.GetAsync(new Uri("/api/v1/coordination/themes/digital-services?from=2020-01-01", UriKind.Relative));
        theme.StatusCode.ShouldBe(HttpStatusCode.OK);
        var themeText = await theme.Content.ReadAsStringAsync();
        JsonDocument.Parse(themeText).RootElement.GetProperty("topIdeas").GetArrayLength().ShouldBe(6);
        await PersonalData.ShouldNotAppearInAsync(app, themeText);
    }

    [Fact]
    public async Task Themes_CanBeAddedRenamedMovedAndRemoved_ButNotWhileCategoriesUseThem()
    {
        using var client = await SignIn.ApiAsync(app, Coordinator);
        using (var added = await client.PostAsJsonAsync("/api/v1/coordination/themes", new { key = "cultural-heritage", nameFi = "Kulttuuriperintö", nameSv = "Kulturarv", nameEn = "Cultural heritage" }))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using (var taken = await client.PostAsJsonAsync("/api/v1/coordination/themes", new { key = "mobility", nameFi = "X", nameSv = "X", nameEn = "X" }))
        {
            taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Coordination:ThemeKeyTaken");
        }

        using (var renamed = await client.PutAsJsonAsync("/api/v1/coordination/themes/cultural-heritage", new { nameFi = "Kulttuuriympäristö", nameSv = "Kulturmiljö", nameEn = "Cultural environment" }))
        {
            renamed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using (var moved = await client.PostAsJsonAsync("/api/v1/coordination/themes/cultural-heritage/move", new { direction = -1 }))
        {
            moved.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var themes = await client.GetFromJsonAsync<JsonElement>("/api/v1/coordination/themes?lang=en");
        var list = themes.EnumerateArray().Select(t => (Key: t.GetProperty("key").GetString(), Name: t.GetProperty("name").GetString(), Categories: t.GetProperty("categories").GetInt32())).ToList();
        list.Count.ShouldBe(11);
        list[^2].ShouldBe(("cultural-heritage", "Cultural environment", 0));
        list.Single(t => t.Key == "mobility").Categories.ShouldBeGreaterThanOrEqualTo(6);

        using (var inUse = await client.DeleteAsync(new Uri("/api/v1/coordination/themes/mobility", UriKind.Relative)))
        {
            inUse.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await inUse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Coordination:ThemeInUse");
        }

        using (var removed = await client.DeleteAsync(new Uri("/api/v1/coordination/themes/cultural-heritage", UriKind.Relative)))
        {
            removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await client.GetFromJsonAsync<JsonElement>("/api/v1/coordination/themes")).GetArrayLength().ShouldBe(10);
    }
}
