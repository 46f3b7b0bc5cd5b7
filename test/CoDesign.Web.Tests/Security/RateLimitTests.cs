using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;
using CoDesign.Web.Infrastructure;

namespace CoDesign.Web.Tests.Security;

/// <summary>The app with small limits, so a test can reach them.</summary>
public sealed class LimitedApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimits:SignInPermits"] = "3",
        ["RateLimits:AccountPermits"] = "2",
    };
}

/// <summary>Small writing limits, sign-in unlimited (tests sign in more than once from one address).</summary>
public sealed class WriteLimitedApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimits:ParticipationPermits"] = "4",
        ["RateLimits:ParticipationWindow"] = "00:10:00",
    };
}

/// <summary>Sign-in, registration and writing are limited: 429 with Retry-After, problem details in the API, a page otherwise.</summary>
public sealed class RateLimitTests(LimitedApp app) : IClassFixture<LimitedApp>
{
    [Fact]
    public async Task SignIn_TooManyTries_Is429WithRetryAfter_AndAProblemCode()
    {
        using var client = app.CreateRealClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.fi", password = "väärä salasana" });
            statuses.Add(last.StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s != HttpStatusCode.TooManyRequests);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        last!.Headers.RetryAfter.ShouldNotBeNull();
        last.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 60);
        (await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:TooManyRequests");
        last.Dispose();

        // The sign-in page shares the limit and says so in the reader's language.
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/account/login");
        form.Status.ShouldBe(HttpStatusCode.OK, "reading a page is never limited");
        using var page = await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.fi", ["Input.Password"] = "väärä salasana" });
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        page.Headers.RetryAfter.ShouldNotBeNull();
        (await page.Content.ReadAsStringAsync()).ShouldContain("<html lang=\"fi\"");
    }

    [Theory]
    [InlineData("/account/login", "signin")]
    [InlineData("/api/v1/auth/login", "signin")]
    [InlineData("/account/register", "account")]
    [InlineData("/helsinki/ideas/0f8fad5b-d9cb-469f-a165-70867728950e", "write")]
    [InlineData("/helsinki/ideas/new", "write")]
    [InlineData("/api/v1/cities/espoo/ideas/0f8fad5b-d9cb-469f-a165-70867728950e/votes", "write")]
    [InlineData("/helsinki/admin/settings", null)]
    [InlineData("/account/manage", null)]
    [InlineData("/unsubscribe/abc", null)]
    public void Classify_PicksTheLimitByPath(string path, string? expected) => RateLimits.Classify(path).ShouldBe(expected);
}

public sealed class WriteRateLimitTests(WriteLimitedApp app) : IClassFixture<WriteLimitedApp>
{
    [Fact]
    public async Task Writing_IsLimitedPerPerson_NotPerAddress()
    {
        using var anna = await SignIn.ApiAsync(app, "resident41@demo.codesign.fi");
        using var ben = await SignIn.ApiAsync(app, "resident42@demo.codesign.fi");
        var idea = (await anna.GetFromJsonAsync<JsonElement>("/api/v1/cities/turku/ideas?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var annas = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var r = await anna.PostAsJsonAsync($"/api/v1/cities/turku/ideas/{idea}/comments", new { body = $"Kommentti {i}" });
            annas.Add(r.StatusCode);
        }

        annas.Take(4).ShouldAllBe(s => s == HttpStatusCode.Created);
        annas.Skip(4).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);

        // Another person from the same address still writes.
        using var bens = await ben.PostAsJsonAsync($"/api/v1/cities/turku/ideas/{idea}/comments", new { body = "Oma kommenttini" });
        bens.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

}
