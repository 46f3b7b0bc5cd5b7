using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Api;

/// <summary>The REST API's shape: cities, problem details for unknown cities, health, OpenAPI.</summary>
public sealed class ApiBasicsTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Cities_ListsTheSixCities_WithNamesInThreeLanguages()
    {
        using var client = app.CreateRealClient();
        var cities = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities");
        cities.GetArrayLength().ShouldBe(6);
        var turku = cities.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "turku");
        turku.GetProperty("nameSv").GetString().ShouldBe("Åbo");
        turku.GetProperty("publishedIdeas").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task City_InApi_ReturnsItsHome()
    {
        using var client = app.CreateRealClient();
        var home = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/tampere?lang=sv");
        home.GetProperty("city").GetProperty("slug").GetString().ShouldBe("tampere");
        home.GetProperty("categories").GetArrayLength().ShouldBeGreaterThan(5);
    }

    [Theory]
    [InlineData("/api/v1/cities/no-such-city")]
    [InlineData("/api/v1/cities/no-such-city/ideas")]
    public async Task UnknownCity_InApi_IsProblemDetailsWithAStableCode(string url)
    {
        using var client = app.CreateRealClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("CoDesign:NotFound");
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.TryGetProperty("traceId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Health_LiveAndReady_AreHealthy()
    {
        using var client = app.CreateRealClient();
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheEndpoints()
    {
        using var client = app.CreateRealClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/auth/login");
        paths.ShouldContain("/api/v1/cities");
        paths.ShouldContain("/api/v1/cities/{city}");

        // Strings read as one of a fixed set are described with the set.
        var sort = doc.GetProperty("paths").GetProperty("/api/v1/cities/{city}/ideas").GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "sort");
        sort.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(["trending", "top", "newest", "mostDiscussed", "random"]);
        var settings = doc.GetProperty("components").GetProperty("schemas").GetProperty("CitySettingsDto").GetProperty("properties");
        settings.GetProperty("moderationMode").GetProperty("enum").GetArrayLength().ShouldBe(2);
        settings.GetProperty("languages").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(["fi", "sv", "en"]);
    }
}
