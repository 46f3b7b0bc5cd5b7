using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CoDesign.Web.Tests;

/// <summary>
/// A person with a browser that has no JavaScript: reads pages, fills in forms (hidden fields and
/// the antiforgery token included) and follows redirects by hand, with its own cookies.
/// </summary>
public sealed class Browserless : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _client;

    public Browserless(Uri baseAddress)
    {
        Cookies = new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _client;

    public async Task<Page> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return await Page.ReadAsync(response);
    }

    /// <summary>Follows redirects (like a browser) and returns the final page.</summary>
    public async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        var hops = 0;
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.MovedPermanently)
        {
            if (++hops > 10)
            {
                throw new InvalidOperationException("Too many redirects.");
            }

            var location = response.Headers.Location!;
            response.Dispose();
            response = await _client.GetAsync(location);
        }

        return await Page.ReadAsync(response);
    }

    /// <summary>Submits the form found by <paramref name="formSelector"/> on <paramref name="page"/> with the given fields changed.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(Page page, string formSelector, IDictionary<string, string> fields, string? submitName = null, string? submitValue = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fields);
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if ((input.Type is "checkbox" or "radio") && !input.IsChecked)
            {
                continue;
            }

            if (input.Type is "submit")
            {
                continue;
            }

            if (!fields.ContainsKey(input.Name!))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        foreach (var (k, v) in fields)
        {
            values.Add(new(k, v));
        }

        if (submitName is not null)
        {
            values.Add(new(submitName, submitValue ?? string.Empty));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action);
        using var content = new FormUrlEncodedContent(values);
        return await _client.PostAsync(target, content);
    }

    public void Dispose() => _client.Dispose();

    public sealed class Page(Uri url, HttpStatusCode status, string html, IHtmlDocument document)
    {
        public Uri Url { get; } = url;

        public HttpStatusCode Status { get; } = status;

        public string Html { get; } = html;

        public IHtmlDocument Document { get; } = document;

        public string Lang => Document.DocumentElement.GetAttribute("lang") ?? string.Empty;

        public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            ArgumentNullException.ThrowIfNull(response);
            using (response)
            {
                var html = await response.Content.ReadAsStringAsync();
                return new Page(response.RequestMessage!.RequestUri!, response.StatusCode, html, await Parser.ParseDocumentAsync(html));
            }
        }
    }
}
