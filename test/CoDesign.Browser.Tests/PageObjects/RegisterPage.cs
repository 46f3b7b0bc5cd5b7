using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>
/// Creating an account (/account/register), the "check your e-mail" page it leads to, and the
/// page the confirmation link in the mail opens (/account/confirm-email), whose button confirms.
/// </summary>
public sealed class RegisterPage(IPage page, Ui ui)
{
    private ILocator Main => page.Locator("main#main");

    public ILocator Heading => Main.Locator("h1");

    public ILocator DisplayName => Label(ui.DisplayNameLabel);

    public ILocator Email => Label(ui.EmailLabel);

    public ILocator Password => Label(ui.PasswordLabel);

    public ILocator ConfirmPassword => Label(ui.ConfirmPasswordLabel);

    public ILocator SubmitButton => Button(ui.RegisterButton);

    public ILocator ConfirmEmailButton => Button(ui.ConfirmEmailButton);

    /// <summary>The confirmation after the e-mail address is confirmed (role=status).</summary>
    public ILocator Confirmed => Main.Locator(".success[role='status']");

    public ILocator SignInLink => Main.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = ui.SignInLink, Exact = true });

    /// <summary>Opens the form in the language of <see cref="Ui"/> with <c>?lang=</c> (remembered in a cookie from then on).</summary>
    public async Task OpenAsync()
    {
        var response = await page.GotoAsync("/account/register?lang=" + ui.Language);
        response.ShouldNotBeNull();
        response.Status.ShouldBe(200, "HTTP status of the registration page");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", ui.Language);
        await Expect(Heading).ToHaveTextAsync(ui.RegisterHeading);
    }

    /// <summary>Fills in and sends the form; ends on the "check your e-mail" page.</summary>
    public async Task RegisterAsync(string displayName, string email, string password)
    {
        await DisplayName.FillAsync(displayName);
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await ConfirmPassword.FillAsync(password);
        await SubmitButton.ClickAsync();
        await Expect(Heading).ToHaveTextAsync(ui.CheckEmailHeading);
    }

    /// <summary>On the page the mail's link opened: presses the button and waits for the confirmation.</summary>
    public async Task ConfirmEmailAsync()
    {
        await Expect(Heading).ToHaveTextAsync(ui.ConfirmEmailHeading);
        await ConfirmEmailButton.ClickAsync();
        await Expect(Confirmed).ToHaveTextAsync(ui.EmailConfirmed);
    }

    private ILocator Label(string text) => Main.GetByLabel(text, new LocatorGetByLabelOptions { Exact = true });

    private ILocator Button(string name) => Main.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });
}
