using System.Text.RegularExpressions;
using CoDesign.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>The sign-in page (/account/login) and the seeded demo residents.</summary>
public sealed class SignInPage(IPage page)
{
    public static string Resident(int number) => $"resident{number}@demo.codesign.fi";

    public ILocator Email => page.Locator("#Input_Email");

    public ILocator Password => page.Locator("#Input_Password");

    public ILocator SubmitButton(Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return page.Locator("main#main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.SignInButton, Exact = true });
    }

    /// <summary>
    /// Opens the sign-in page and chooses the language with the header switcher (that sets the
    /// language cookie, so the resident's own preferred language does not take over at sign-in).
    /// </summary>
    public async Task OpenAsync(Ui ui, string returnPath)
    {
        ArgumentNullException.ThrowIfNull(ui);
        var response = await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnPath));
        response.ShouldNotBeNull();
        response.Status.ShouldBe(200, "HTTP status of the sign-in page");
        await new LanguageSwitcher(page).PressAsync(ui.Language == "sv" ? "På svenska" : "Suomeksi");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", ui.Language);
        await Expect(Email).ToBeVisibleAsync();
    }

    /// <summary>Signs in as the demo resident and waits for the page the sign-in returns to.</summary>
    public Task SubmitAsync(int resident, Ui ui, string returnPath) =>
        SubmitAsync(Resident(resident), Databases.DemoPassword, ui, returnPath);

    /// <summary>Signs in with the address and password and waits for the page the sign-in returns to.</summary>
    public async Task SubmitAsync(string email, string password, Ui ui, string returnPath)
    {
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(returnPath);
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SubmitButton(ui).ClickAsync();

        var path = returnPath.Split('?')[0];
        await Expect(page).ToHaveURLAsync(new Regex("^[^?#]*" + Regex.Escape(path) + "([?#].*)?$"));
        await Expect(page.Locator("header").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.SignOut, Exact = true })).ToBeVisibleAsync();
    }

    public async Task SignInAsync(int resident, Ui ui, string returnPath)
    {
        await OpenAsync(ui, returnPath);
        await SubmitAsync(resident, ui, returnPath);
    }

    /// <summary>Signs in with a demo account's address (e.g. a city official), whose password is the demo password.</summary>
    public async Task SignInAsync(string email, Ui ui, string returnPath)
    {
        await OpenAsync(ui, returnPath);
        await SubmitAsync(email, Databases.DemoPassword, ui, returnPath);
    }

    /// <summary>Signs out with the header button.</summary>
    public static async Task SignOutAsync(IPage page, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(ui);
        var signOut = page.Locator("header").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.SignOut, Exact = true });
        await signOut.ClickAsync();
        await Expect(signOut).ToHaveCountAsync(0);
    }
}
