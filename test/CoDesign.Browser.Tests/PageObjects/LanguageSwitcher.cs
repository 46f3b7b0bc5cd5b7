using Microsoft.Playwright;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>The header's language form: one submit button per language, posting to /language.</summary>
public sealed class LanguageSwitcher(IPage page)
{
    public ILocator Form => page.Locator("form.language-switcher");

    public ILocator Button(string label) =>
        Form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = label, Exact = true });

    public Task ToFinnishAsync() => PressAsync("Suomeksi");

    public Task ToSwedishAsync() => PressAsync("På svenska");

    public Task ToEnglishAsync() => PressAsync("In English");

    /// <summary>Presses a language button and waits for the page the post redirects back to.</summary>
    public async Task PressAsync(string label)
    {
        var returned = page.WaitForResponseAsync(r =>
            r.Request.IsNavigationRequest && r.Request.Method == "GET" && r.Request.RedirectedFrom?.Method == "POST");
        await Button(label).ClickAsync();
        await returned;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
