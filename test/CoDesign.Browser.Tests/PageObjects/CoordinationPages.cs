using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>The coordinators' pages: the dashboard (/coordination) and a theme's drill-down.</summary>
public sealed class CoordinationPages(IPage page)
{
    public const string Coordinator = "coordinator@demo.codesign.fi";

    public ILocator Heading => page.Locator("main h1");

    public ILocator Charts => page.Locator("main svg[role='img']");

    /// <summary>The theme × city table: one row per theme.</summary>
    public ILocator GridRows => page.Locator("#grid-caption").Locator("xpath=..").Locator("tbody tr");

    public ILocator FigureSelect => page.Locator("#figure");

    public ILocator ShowButton => page.Locator("form.coordination-range button[type='submit']");

    public ILocator ThemeLink(string key) => page.Locator($"#grid-caption >> xpath=.. >> a[href^='/coordination/themes/{key}']");

    public ILocator TopIdeaLists => page.Locator("main .top-ideas");

    public ILocator SimilarGroups => page.Locator("main .similar-groups > li");
}
