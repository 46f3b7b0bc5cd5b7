using System.Net;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Mail;

/// <summary>The statement's feedback form reaches the city's admins by real mail, and only them.</summary>
public sealed class AccessibilityFeedbackMailTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Feedback_OnHelsinkisStatement_IsMailedToHelsinkisAdminOnly()
    {
        var marker = $"Kontrasti-{Guid.NewGuid():N}";
        var helsinkiBefore = Maildir.For("helsinki-admin@demo.codesign.fi").Count;
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/helsinki/accessibility");
        var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Message"] = $"Painikkeiden kontrasti on liian heikko. {marker}",
            ["Input.Email"] = "palaute@example.fi",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var thanks = await browser.FollowAsync(response);
        thanks.Html.ShouldContain("Kiitos palautteesta");

        var mails = await Maildir.WaitForAsync("helsinki-admin@demo.codesign.fi", helsinkiBefore + 1);
        var mail = mails.Single(m => m.Text.Contains(marker, StringComparison.Ordinal));
        mail.Subject.ShouldBe("Saavutettavuuspalaute: Helsinki");
        mail.Text.ShouldContain("palaute@example.fi");
        mail.Html!.ShouldContain("<h1");
        Maildir.For("espoo-admin@demo.codesign.fi").ShouldNotContain(m => m.Text.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EmptyFeedback_ShowsAnErrorInTheUsersLanguage_AndSendsNothing()
    {
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/oulu/accessibility?lang=sv");
        var page = await Browserless.Page.ReadAsync(await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Message"] = "   " }));
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Lang.ShouldBe("sv");
        page.Document.QuerySelector(".error-summary a[href='#Input_Message']")!.TextContent.ShouldBe("Skriv din respons.");
    }

    [Fact]
    public async Task Feedback_OnThePlatformStatement_GoesToTheChosenCity()
    {
        var marker = $"Ruudunlukija-{Guid.NewGuid():N}";
        var before = Maildir.For("turku-admin@demo.codesign.fi").Count;
        using var browser = new Browserless(app.BaseAddress);
        var form = await browser.GetAsync("/accessibility");
        var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.City"] = "turku",
            ["Input.Message"] = $"Ruudunlukija ei lue valikkoa. {marker}",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mails = await Maildir.WaitForAsync("turku-admin@demo.codesign.fi", before + 1);
        mails.ShouldContain(m => m.Text.Contains(marker, StringComparison.Ordinal));
    }
}
