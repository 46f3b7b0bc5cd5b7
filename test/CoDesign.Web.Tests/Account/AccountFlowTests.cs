using System.Net;
using System.Text.RegularExpressions;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Account;

/// <summary>
/// A person registers, confirms the address from the mail the real SMTP server received, signs
/// in, resets a forgotten password and changes the address, all without JavaScript.
/// </summary>
public sealed partial class AccountFlowTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Password = "pitkä salasana joka kelpaa";

    [Fact]
    public async Task Register_ConfirmFromMail_ThenSignIn_Works()
    {
        var email = Maildir.UniqueAddress("register");
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/account/register");
        var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Aino A.",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var check = await browser.FollowAsync(response);
        check.H1.ShouldBe("Vahvista sähköpostiosoitteesi");

        // Signing in before confirming is refused with a way forward.
        var early = await SignInAsync(browser, email, Password);
        early.Html.ShouldContain("Vahvista ensin sähköpostiosoitteesi");

        var mail = (await Maildir.WaitForAsync(email)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Vahvista sähköpostiosoitteesi – CoDesign");
        mail.Html.ShouldNotBeNull();
        mail.Html!.ShouldContain("lang=\"fi\"");
        var link = LinkIn(mail.Text, "/account/confirm-email");

        var confirm = await browser.GetAsync(link);
        confirm.Status.ShouldBe(HttpStatusCode.OK);
        var confirmed = await browser.FollowAsync(await browser.SubmitAsync(confirm, "main form", new Dictionary<string, string>()));
        confirmed.Html.ShouldContain("Osoitteesi on vahvistettu");

        var home = await SignInAsync(browser, email, Password);
        home.Status.ShouldBe(HttpStatusCode.OK);
        var manage = await browser.GetAsync("/account/manage");
        manage.Status.ShouldBe(HttpStatusCode.OK);
        manage.Html.ShouldContain(email);
    }

    [Fact]
    public async Task Register_InSwedish_SendsTheConfirmationInSwedish()
    {
        var email = Maildir.UniqueAddress("register-sv");
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/account/register?lang=sv");
        form.Lang.ShouldBe("sv");
        using var _ = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sven S.",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        var mail = (await Maildir.WaitForAsync(email)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Bekräfta din e-postadress – CoDesign");
        mail.Text.ShouldContain("Bekräfta din e-postadress med länken nedan");
    }

    [Fact]
    public async Task Register_WithShortPasswordAndBadEmail_ShowsBothErrorsAndKeepsTheName()
    {
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/account/register");
        var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Eino E.",
            ["Input.Email"] = "not-an-address",
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "short",
        });
        var page = await Browserless.Page.ReadAsync(response);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Document.QuerySelector(".error-summary").ShouldNotBeNull();
        page.Html.ShouldContain("Kirjoita sähköpostiosoite muodossa");
        page.Document.QuerySelector("#Input_DisplayName")!.GetAttribute("value").ShouldBe("Eino E.");
        page.Document.QuerySelector("#Input_Email")!.GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public async Task Register_WithAnAddressThatHasAnAccount_SaysSoInTheField()
    {
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/account/register");
        var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Toinen",
            ["Input.Email"] = "resident3@demo.codesign.fi",
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        var page = await Browserless.Page.ReadAsync(response);
        page.Html.ShouldContain("Osoitteella on jo tili");
    }

    [Fact]
    public async Task ForgotPassword_MailLink_SetsANewPassword_AndTheOldOneStopsWorking()
    {
        const string email = "resident12@demo.codesign.fi";
        using var browser = new Browserless(app.BaseAddress);
        var before = Maildir.For(email).Count;
        var form = await browser.GetAsync("/account/forgot-password");
        var sent = await browser.FollowAsync(await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Email"] = email }));
        sent.Html.ShouldContain("Jos osoitteella on tili");

        var mails = await Maildir.WaitForAsync(email, before + 1);
        var mail = mails.Skip(before).Last(m => m.Subject.StartsWith("Salasanan vaihto", StringComparison.Ordinal) || m.Subject.StartsWith("Byte av lösenord", StringComparison.Ordinal));
        var link = LinkIn(mail.Text, "/account/reset-password");

        var reset = await browser.GetAsync(link);
        const string newPassword = "uusi salasana kesälomalle";
        var done = await Browserless.Page.ReadAsync(await browser.SubmitAsync(reset, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        }));
        done.Html.ShouldContain("Salasana on vaihdettu");

        (await SignInAsync(new Browserless(app.BaseAddress), email, Databases.DemoPassword)).Html.ShouldContain("Sähköpostiosoite tai salasana on väärin");
        using var fresh = new Browserless(app.BaseAddress);
        (await SignInAsync(fresh, email, newPassword)).Status.ShouldBe(HttpStatusCode.OK);
        (await fresh.GetAsync("/account/manage")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownAddress_LooksTheSameAndSendsNothing()
    {
        var email = Maildir.UniqueAddress("unknown");
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/account/forgot-password");
        var sent = await browser.FollowAsync(await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Email"] = email }));
        sent.Html.ShouldContain("Jos osoitteella on tili");
        (await Maildir.WaitForAsync(email, 1, TimeSpan.FromSeconds(2))).ShouldBeEmpty();
    }

    [Fact]
    public async Task ChangeEmail_NeedsThePassword_AndTakesEffectFromTheNewAddressesLink()
    {
        const string oldEmail = "resident21@demo.codesign.fi";
        var newEmail = Maildir.UniqueAddress("changed");
        using var browser = new Browserless(app.BaseAddress);
        (await SignInAsync(browser, oldEmail, Databases.DemoPassword)).Status.ShouldBe(HttpStatusCode.OK);

        var form = await browser.GetAsync("/account/manage/email");
        var wrong = await Browserless.Page.ReadAsync(await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = newEmail,
            ["Input.CurrentPassword"] = "not the password at all",
        }));
        wrong.Html.ShouldContain("Salasana on väärin");
        (await Maildir.WaitForAsync(newEmail, 1, TimeSpan.FromSeconds(1))).ShouldBeEmpty();

        var ok = await browser.FollowAsync(await browser.SubmitAsync(wrong, "main form", new Dictionary<string, string>
        {
            ["Input.NewEmail"] = newEmail,
            ["Input.CurrentPassword"] = Databases.DemoPassword,
        }));
        ok.Html.ShouldContain("Lähetimme vahvistuslinkin uuteen osoitteeseen");

        var mail = (await Maildir.WaitForAsync(newEmail)).ShouldHaveSingleItem();
        var confirm = await browser.GetAsync(LinkIn(mail.Text, "/account/confirm-email-change"));
        var done = await Browserless.Page.ReadAsync(await browser.SubmitAsync(confirm, "main form", new Dictionary<string, string>()));
        done.Html.ShouldContain("Sähköpostiosoite on vaihdettu");

        using var fresh = new Browserless(app.BaseAddress);
        (await SignInAsync(fresh, newEmail, Databases.DemoPassword)).Status.ShouldBe(HttpStatusCode.OK);
        (await SignInAsync(new Browserless(app.BaseAddress), oldEmail, Databases.DemoPassword)).Html.ShouldContain("Sähköpostiosoite tai salasana on väärin");
    }

    [Fact]
    public async Task ManagePage_WhenSignedOut_RedirectsToSignIn()
    {
        using var browser = new Browserless(app.BaseAddress);
        using var response = await browser.Http.GetAsync(new Uri("/account/manage", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task SignIn_WithAForeignReturnUrl_LandsOnTheHomePage()
    {
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F");
        using var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "resident30@demo.codesign.fi",
            ["Input.Password"] = Databases.DemoPassword,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    private static async Task<Browserless.Page> SignInAsync(Browserless browser, string email, string password)
    {
        var form = await browser.GetAsync("/account/login");
        var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await browser.FollowAsync(response);
    }

    private static string LinkIn(string text, string path)
    {
        var match = LinkRegex().Matches(text).Select(m => m.Value).FirstOrDefault(u => u.Contains(path, StringComparison.Ordinal));
        match.ShouldNotBeNull($"no link to {path} in:\n{text}");
        return new Uri(match).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkRegex();
}
