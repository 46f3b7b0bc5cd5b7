using System.Net.Http.Json;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Security;

/// <summary>One person's browser (cookie and antiforgery token) and API client (bearer token).</summary>
internal sealed class PersonSession : IDisposable
{
    private PersonSession(Browserless browser, HttpClient api, string antiforgery)
    {
        Browser = browser;
        Api = api;
        Antiforgery = antiforgery;
    }

    public Browserless Browser { get; }

    public HttpClient Api { get; }

    public string Antiforgery { get; }

    public static Task<PersonSession> StartAsync(CoDesignApp app, Person person) =>
        StartAsync(app, person == Person.Anonymous ? null : People.Email(person));

    /// <summary>Signs the account in (or nobody, for null) in a browser and in the API.</summary>
    public static async Task<PersonSession> StartAsync(CoDesignApp app, string? email)
    {
        ArgumentNullException.ThrowIfNull(app);
        var browser = email is null ? new Browserless(app.BaseAddress) : await SignIn.BrowserAsync(app, email);
        var api = email is null ? app.CreateRealClient() : await SignIn.ApiAsync(app, email);

        // Any page with a form gives the token; it is bound to the person, not to the page.
        var page = await browser.GetAsync("/language");
        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on /language.");
        return new PersonSession(browser, api, token);
    }

    /// <summary>An API call (bearer token, JSON body) or a page request (cookie, form with the antiforgery token).</summary>
    public async Task<HttpResponseMessage> SendAsync(string method, string url, object? json, List<KeyValuePair<string, string>>? form, bool isApi)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (isApi)
        {
            if (json is not null)
            {
                request.Content = JsonContent.Create(json, json.GetType());
            }
            else if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = JsonContent.Create(new { });
            }

            return await Api.SendAsync(request);
        }

        if (method != "GET")
        {
            var fields = new List<KeyValuePair<string, string>>(form ?? []) { new("__RequestVerificationToken", Antiforgery) };
            request.Content = new FormUrlEncodedContent(fields);
        }

        return await Browser.Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> ApiAsync(string method, string url, object? json = null) => SendAsync(method, url, json, null, isApi: true);

    public Task<HttpResponseMessage> PageAsync(string method, string url, List<KeyValuePair<string, string>>? form = null) => SendAsync(method, url, null, form, isApi: false);

    public void Dispose()
    {
        Browser.Dispose();
        Api.Dispose();
    }
}
