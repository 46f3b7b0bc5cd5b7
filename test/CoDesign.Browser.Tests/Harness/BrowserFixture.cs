using CoDesign.TestBase;
using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.Harness;

/// <summary>
/// One Chromium and one app (on PostgreSQL) for the whole browser suite: both are slow to start,
/// so every test shares them and gets its own <see cref="IBrowserContext"/> (no shared cookies).
/// </summary>
#pragma warning disable CA1001 // xunit disposes the fixture through IAsyncLifetime.DisposeAsync, which disposes the app.
public sealed class BrowserFixture : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private readonly PostgresApp _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _app.BaseAddress;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>
    /// Runs code with the app's own services, in a scope: for what a browser cannot get, such as a
    /// signed token that must come from the app's data-protection key ring.
    /// </summary>
    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action) => _app.InScopeAsync(action);

    public async Task InitializeAsync()
    {
        await Task.WhenAll(((IAsyncLifetime)_app).InitializeAsync(), LaunchAsync());
    }

    /// <summary>A fresh context (own cookies, Finnish locale) and a page in it.</summary>
    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "fi-FI",
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    // The system Chromium (TestEnvironment.Chromium) through ExecutablePath: Playwright's own
    // browsers are never installed, and its driver (node) comes with the NuGet package.
    private async Task LaunchAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }
}

/// <summary>All browser tests share one <see cref="BrowserFixture"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
