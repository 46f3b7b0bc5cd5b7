using System.Net;
using System.Text.RegularExpressions;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Account;

/// <summary>The stamp checked on every request, and a public address that differs from the one the tests call.</summary>
public sealed class StampCheckedApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Security:StampValidationInterval"] = "00:00:00",
        ["App:PublicBaseUrl"] = "https://codesign.example",
    };
}

/// <summary>
/// Signing out ends every session of the person, not just this browser's cookie; account mail
/// links come from the public address, never from the Host header; asking for the password again
/// counts towards the lockout.
/// </summary>
public sealed partial class SessionEndTests(StampCheckedApp app) : IClassFixture<StampCheckedApp>
{
    [Fact]
    public async Task SigningOut_EndsThePersonsOtherSessionsToo()
    {
        const string email = "resident45@demo.codesign.fi";
        using var laptop = await SignIn.BrowserAsync(app, email);
        using var phone = await SignIn.BrowserAsync(app, email);
        (await phone.GetAsync("/account/manage")).Status.ShouldBe(HttpStatusCode.OK);

        var page = await laptop.GetAsync("/account/logout");
        using var signedOut = await laptop.SubmitAsync(page, "main form", new Dictionary<string, string>());
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var stale = await phone.Http.GetAsync(new Uri("/account/manage", UriKind.Relative));
        stale.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.Headers.Location!.ToString().ShouldContain("/account/login");

        // Signing in again works as before.
        using var again = await SignIn.BrowserAsync(app, email);
        (await again.GetAsync("/account/manage")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PasswordResetMail_LinksToThePublicAddress_WhateverHostTheRequestNamed()
    {
        const string email = "resident46@demo.codesign.fi";
        var before = Maildir.For(email).Count;
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/account/forgot-password");
        var token = form.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/forgot-password", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = email, ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Host = "attacker.example";
        using var response = await browser.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var mails = await Maildir.WaitForAsync(email, before + 1);
        var mail = mails[^1];
        var links = Link().Matches(mail.Text).Select(m => m.Value).ToList();
        links.ShouldNotBeEmpty();
        links.ShouldAllBe(l => l.StartsWith("https://codesign.example/", StringComparison.Ordinal));
        mail.Raw.ShouldNotContain("attacker.example");
    }

    [Fact]
    public async Task WrongPasswordWhenAskedAgain_CountsTowardsTheLockout()
    {
        const string email = "resident47@demo.codesign.fi";
        using var browser = await SignIn.BrowserAsync(app, email);
        for (var i = 0; i < 5; i++)
        {
            var form = await browser.GetAsync("/account/manage/delete");
            var wrong = await Browserless.Page.ReadAsync(await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Password"] = "väärä salasana numero " + i, ["Confirm"] = "true" }));
            wrong.Html.ShouldContain(i < 4 ? "Salasana on väärin" : "Tili on lukittu");
        }

        // Locked: even the right password is refused now, here and at sign-in, and the account still exists.
        var locked = await Browserless.Page.ReadAsync(await browser.SubmitAsync(await browser.GetAsync("/account/manage/delete"), "main form", new Dictionary<string, string> { ["Password"] = Databases.DemoPassword, ["Confirm"] = "true" }));
        locked.Html.ShouldContain("Tili on lukittu");
        using var other = new Browserless(app.BaseAddress);
        var login = await other.GetAsync("/account/login");
        var refused = await Browserless.Page.ReadAsync(await other.SubmitAsync(login, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Databases.DemoPassword }));
        refused.Html.ShouldContain("Tili on lukittu");
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Link();
}
