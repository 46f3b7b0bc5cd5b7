using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.Harness;

/// <summary>
/// Base of every browser test: xunit makes one instance per test, so each test gets its own
/// browser context, closed afterwards.
/// </summary>
[Collection(BrowserSuite.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private IPage? _page;

    protected BrowserFixture Fixture { get; } = fixture;

    /// <summary>The test's page, with JavaScript enabled.</summary>
    protected IPage Page => _page ?? throw new InvalidOperationException("Not initialised.");

    protected LayoutPage Layout => new(Page);

    public async Task InitializeAsync() => _page = await NewPageAsync();

    /// <summary>Another page in its own context, e.g. with JavaScript disabled.</summary>
    protected async Task<IPage> NewPageAsync(bool javaScriptEnabled = true)
    {
        var page = await Fixture.NewPageAsync(javaScriptEnabled);
        _contexts.Add(page.Context);
        return page;
    }

    /// <summary>Opens a page and checks the HTTP status of the (final) document response.</summary>
    protected static async Task<IResponse> OpenAsync(IPage page, string path, int expectedStatus = 200)
    {
        var response = await page.GotoAsync(path);
        response.ShouldNotBeNull($"no response for {path}");
        response.Status.ShouldBe(expectedStatus, $"HTTP status of {path}");
        return response;
    }

    /// <summary>
    /// The document a page shows now, at the same address, in a new context with JavaScript:
    /// for running axe on what a JavaScript-disabled page rendered. Stylesheets and other
    /// resources still come from the app.
    /// </summary>
    protected async Task<IPage> WithJavaScriptAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var url = page.Url;
        var html = await page.ContentAsync();
        var copy = await NewPageAsync();
        await copy.RouteAsync(u => u == url, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
        }));
        await copy.GotoAsync(url);
        await copy.UnrouteAllAsync();
        return copy;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
