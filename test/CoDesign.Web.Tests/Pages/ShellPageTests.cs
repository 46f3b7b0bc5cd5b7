using System.Net;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Pages;

/// <summary>The platform home, the city homes and the 404 of an unknown city, through the real pipeline.</summary>
public sealed class ShellPageTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    public static TheoryData<string, string> Cities => new()
    {
        { "helsinki", "Helsinki" }, { "espoo", "Espoo" }, { "vantaa", "Vantaa" },
        { "tampere", "Tampere" }, { "turku", "Turku" }, { "oulu", "Oulu" },
    };

    [Fact]
    public async Task PlatformHome_ListsEverySeededCity_InFinnishByDefault()
    {
        using var browser = new Browserless(app.BaseAddress);
        var page = await browser.GetAsync("/");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Lang.ShouldBe("fi");
        var links = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var slug in new[] { "helsinki", "espoo", "vantaa", "tampere", "turku", "oulu" })
        {
            links.ShouldContain("/" + slug);
        }

        page.Document.QuerySelectorAll("h1").Length.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Cities))]
    public async Task CityHome_OfEachSeededCity_IsServedWithItsName(string slug, string finnishName)
    {
        using var browser = new Browserless(app.BaseAddress);
        var page = await browser.GetAsync("/" + slug);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Lang.ShouldBe("fi");
        page.H1.ShouldContain(finnishName);
        page.Document.QuerySelectorAll("h1").Length.ShouldBe(1);
        page.Document.QuerySelector("main#main").ShouldNotBeNull();
        page.Document.QuerySelector("a.skip-link[href='#main']").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("/helsinki?lang=sv", "sv", "Helsingfors")]
    [InlineData("/turku?lang=sv", "sv", "Åbo")]
    [InlineData("/oulu?lang=en", "en", "Oulu")]
    public async Task CityHome_InAnotherLanguage_UsesThatLanguagesNameAndLang(string url, string lang, string name)
    {
        using var browser = new Browserless(app.BaseAddress);
        var page = await browser.GetAsync(url);
        page.Lang.ShouldBe(lang);
        page.H1.ShouldContain(name);
    }

    [Theory]
    [InlineData("/no-such-city")]
    [InlineData("/no-such-city/accessibility")]
    [InlineData("/HELSINKI-x")]
    public async Task UnknownCity_IsA404Page_AndNeverAnotherCity(string url)
    {
        using var browser = new Browserless(app.BaseAddress);
        var page = await browser.GetAsync(url);
        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Lang.ShouldBe("fi");
        page.H1.ShouldBe("Sivua ei löytynyt");
        page.Html.ShouldNotContain("Helsinki");
    }

    [Fact]
    public async Task LanguageSwitcher_PostsAndReturnsToTheSamePage_InSwedish()
    {
        using var browser = new Browserless(app.BaseAddress);
        var page = await browser.GetAsync("/espoo");
        page.Lang.ShouldBe("fi");

        var response = await browser.SubmitAsync(page, "form.language-switcher", new Dictionary<string, string>(), "lang", "sv");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/espoo");

        var after = await browser.FollowAsync(response);
        after.Lang.ShouldBe("sv");
        after.H1.ShouldContain("Esbo");

        // The choice sticks for the next page too.
        (await browser.GetAsync("/")).Lang.ShouldBe("sv");
    }

    [Fact]
    public async Task LanguageSwitcher_WithAForeignReturnUrl_StaysOnThisSite()
    {
        using var browser = new Browserless(app.BaseAddress);
        var page = await browser.GetAsync("/");
        var response = await browser.SubmitAsync(page, "form.language-switcher", new Dictionary<string, string> { ["returnUrl"] = "https://evil.example/phish" }, "lang", "sv");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task LanguageSwitch_WithoutAntiforgeryToken_IsRefused()
    {
        using var browser = new Browserless(app.BaseAddress);
        using var content = new FormUrlEncodedContent([new("lang", "sv"), new("returnUrl", "/")]);
        using var response = await browser.Http.PostAsync(new Uri("/language", UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_AndAScriptPolicyWithoutInlineScript()
    {
        using var browser = new Browserless(app.BaseAddress);
        using var response = await browser.Http.GetAsync(new Uri("/helsinki", UriKind.Relative));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task AccessibilityStatement_OfACity_HasAFeedbackForm()
    {
        using var browser = new Browserless(app.BaseAddress);
        var page = await browser.GetAsync("/vantaa/accessibility?lang=sv");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Lang.ShouldBe("sv");
        page.H1.ShouldBe("Tillgänglighetsutlåtande");
        page.Document.QuerySelector("main form textarea[name='Input.Message']").ShouldNotBeNull();
    }
}
