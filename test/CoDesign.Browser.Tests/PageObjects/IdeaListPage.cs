using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>A city's idea list (/{city}/ideas): the search form and the results.</summary>
public sealed class IdeaListPage(IPage page, Ui ui)
{
    public ILocator SearchForm => page.GetByRole(AriaRole.Search);

    public ILocator SearchBox => SearchForm.GetByLabel(ui.SearchLabel, new LocatorGetByLabelOptions { Exact = true });

    public ILocator Results => page.Locator("section[aria-labelledby='results-heading']");

    /// <summary>The title links of the ideas listed, in order.</summary>
    public ILocator IdeaLinks => Results.Locator(".idea-item h3 a");

    public ILocator IdeaLink(string title) =>
        Results.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = title, Exact = true });

    /// <summary>Types the words into the search box and sends the form (a GET: the page reloads).</summary>
    public async Task SearchAsync(string words)
    {
        await SearchBox.FillAsync(words);
        await SearchForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.SearchButton, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).Query.Contains("q=", StringComparison.Ordinal));
    }

    /// <summary>The title of the n-th listed idea (and its address).</summary>
    public async Task<(string Title, string Path)> IdeaAsync(int index)
    {
        var link = IdeaLinks.Nth(index);
        var title = (await link.InnerTextAsync()).Trim();
        var path = await link.GetAttributeAsync("href");
        title.ShouldNotBeNullOrWhiteSpace();
        path.ShouldNotBeNull();
        return (title, path);
    }
}
