using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests;

/// <summary>Signing a demo person in, as a browser without JavaScript or as an API client with a bearer token.</summary>
internal static class SignIn
{
    public static async Task<Browserless> BrowserAsync(CoDesignApp app, string email, string language = "fi")
    {
        ArgumentNullException.ThrowIfNull(app);
        var browser = new Browserless(app.BaseAddress);
        await IntoAsync(browser, email, language);
        return browser;
    }

    /// <summary>Signs the person in on an existing browser.</summary>
    public static async Task IntoAsync(Browserless browser, string email, string language = "fi")
    {
        ArgumentNullException.ThrowIfNull(browser);
        var form = await browser.GetAsync("/account/login");
        using var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Databases.DemoPassword });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Demo people have their own preferred languages; tests read the pages in the one they ask for.
        browser.Cookies.Add(new Cookie(".AspNetCore.Culture", $"c={language}-FI|uic={language}", "/", browser.Http.BaseAddress!.Host));
    }

    public static async Task<HttpClient> ApiAsync(CoDesignApp app, string email)
    {
        var client = app.CreateRealClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BearerTokenAsync(client, email));
        return client;
    }

    /// <summary>The person's bearer token from the API's sign-in, through any client (an in-process app or a node process).</summary>
    public static async Task<string> BearerTokenAsync(HttpClient client, string email)
    {
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Databases.DemoPassword });
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
