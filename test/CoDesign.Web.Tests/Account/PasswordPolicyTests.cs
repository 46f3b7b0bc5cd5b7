using System.Net;
using CoDesign.TestBase;
using CoDesign.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Account;

/// <summary>Twelve characters are not enough if they are "Salasana2026!": common and guessable passwords are refused.</summary>
public sealed class PasswordPolicyTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Theory]
    [InlineData("Salasana2026!")]
    [InlineData("password1234")]
    [InlineData("P@ssw0rd2026!!")]
    [InlineData("Lösenord12345")]
    [InlineData("qwertyuiop123")]
    [InlineData("123456789012")]
    [InlineData("!!!!!!!!!!!!")]
    [InlineData("abcabcabcabc")]
    [InlineData("Helsinki2026!")]
    [InlineData("iloveyouiloveyou")]
    [InlineData("  Tervetuloa 2025  ")]
    [InlineData("abcdefghijklm")]
    [InlineData("zyxwvutsrqpo")]
    public void CommonOrGuessablePasswords_AreRefused(string password) =>
        CommonPasswordValidator.IsCommon(password, "someone@example.fi").ShouldBeTrue();

    [Theory]
    [InlineData("pitkä salasana joka kelpaa")]
    [InlineData("Test-password-2026")]
    [InlineData("kolme koiraa ja kissa")]
    [InlineData("Hästen äter havre 7")]
    [InlineData("correct horse battery staple")]
    public void Passphrases_AreAccepted(string password) =>
        CommonPasswordValidator.IsCommon(password, "someone@example.fi").ShouldBeFalse();

    [Fact]
    public void APasswordContainingTheOwnAddress_IsRefused()
    {
        CommonPasswordValidator.IsCommon("matti.meikalainen-99", "matti.meikalainen@example.fi").ShouldBeTrue();
        CommonPasswordValidator.IsCommon("matti.meikalainen-99", "liisa@example.fi").ShouldBeFalse();
    }

    [Theory]
    [InlineData("fi", "liian yleinen")]
    [InlineData("sv", "för vanligt")]
    public async Task Register_WithACommonPassword_ExplainsInTheLanguage_AndCreatesNoAccount(string language, string expected)
    {
        var email = Maildir.UniqueAddress("common-password");
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/account/register?lang=" + language);
        var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Aino A.",
            ["Input.Email"] = email,
            ["Input.Password"] = "Salasana2026!",
            ["Input.ConfirmPassword"] = "Salasana2026!",
        });
        var page = await Browserless.Page.ReadAsync(response);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Html.ShouldContain(expected);
        page.Document.QuerySelector("#Input_Password")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.Document.QuerySelector("#Input_DisplayName")!.GetAttribute("value").ShouldBe("Aino A.");

        var exists = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesign.EntityFrameworkCore.CoDesignDbContext>().Users.AnyAsync(u => u.Email == email));
        exists.ShouldBeFalse();
    }

    [Fact]
    public async Task ChangingToACommonPassword_IsRefused_AndTheOldOneStillWorks()
    {
        using var browser = await SignIn.BrowserAsync(app, "resident41@demo.codesign.fi");
        var form = await browser.GetAsync("/account/manage/password");
        var page = await Browserless.Page.ReadAsync(await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Databases.DemoPassword,
            ["Input.NewPassword"] = "qwertyuiop123",
            ["Input.ConfirmPassword"] = "qwertyuiop123",
        }));
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Html.ShouldContain("liian yleinen");

        using var again = await SignIn.BrowserAsync(app, "resident41@demo.codesign.fi");
        (await again.GetAsync("/account/manage")).Status.ShouldBe(HttpStatusCode.OK);
    }
}
