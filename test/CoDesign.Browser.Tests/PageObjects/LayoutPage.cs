using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>What every page shares (src/CoDesign.Web/Pages/Shared/_Layout.cshtml).</summary>
public sealed class LayoutPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Html => Page.Locator("html");

    public ILocator Main => Page.Locator("main#main");

    public ILocator Heading => Page.Locator("h1");

    public LanguageSwitcher LanguageSwitcher => new(Page);

    public SkipLink SkipLink => new(Page);

    public Task<string?> LanguageAsync() => Html.GetAttributeAsync("lang");

    public string Path => new Uri(Page.Url).AbsolutePath;
}
