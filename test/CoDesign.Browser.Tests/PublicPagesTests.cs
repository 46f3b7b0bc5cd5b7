using CoDesign.Browser.Tests.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>The public pages in Finnish and Swedish: WCAG 2.1 AA per axe, the right language, sound structure.</summary>
public class PublicPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string> CityHomes()
    {
        var data = new TheoryData<string, string>();
        foreach (var city in Cities.All)
        {
            foreach (var language in Cities.Languages)
            {
                data.Add(city.Slug, language);
            }
        }

        return data;
    }

    public static TheoryData<string, string, int> OtherPages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var language in Cities.Languages)
        {
            data.Add("/helsinki/accessibility", language, 200);
            data.Add("/account/login", language, 200);
            data.Add("/account/register", language, 200);
            data.Add("/account/forgot-password", language, 200);
            data.Add("/accessibility", language, 200);
            data.Add("/no-such-city", language, 404);
        }

        return data;
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task PlatformHome_InFinnishAndSwedish_HasNoAxeViolationsAndListsAllCities(string language)
    {
        await OpenAsync(Page, Cities.InLanguage("/", language));

        await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
        foreach (var city in Cities.All)
        {
            var link = Layout.Main.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = Cities.Name(city, language), Exact = true });
            await Expect(link).ToHaveAttributeAsync("href", "/" + city.Slug);
        }

        await AxeAssert.NoViolationsAsync(Page);
    }

    [Theory]
    [MemberData(nameof(CityHomes))]
    public async Task CityHome_InFinnishAndSwedish_HasOneHeadingRightLanguageAndNoAxeViolations(string slug, string language)
    {
        var city = Cities.All.Single(c => c.Slug == slug);

        await OpenAsync(Page, Cities.InLanguage("/" + slug, language));

        await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
        await Expect(Layout.Heading).ToHaveCountAsync(1);
        await Expect(Layout.Heading).ToContainTextAsync(Cities.Name(city, language));
        await AxeAssert.NoViolationsAsync(Page);
    }

    [Theory]
    [MemberData(nameof(OtherPages))]
    public async Task OtherPublicPage_InFinnishAndSwedish_HasNoAxeViolations(string path, string language, int status)
    {
        // Here the language comes from the cookie the switcher sets (the city homes use ?lang=),
        // because the re-executed error page loses ?lang= (see NotFoundPage_WithLangQuery_...).
        if (language == "sv")
        {
            await OpenAsync(Page, "/");
            await Layout.LanguageSwitcher.ToSwedishAsync();
        }

        await OpenAsync(Page, path, status);

        await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
        await Expect(Layout.Heading).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(Page);
    }

    [Fact]
    public async Task NotFoundPage_WithLangQuery_IsInThatLanguage()
    {
        await OpenAsync(Page, "/no-such-city?lang=sv", 404);

        await Expect(Layout.Html).ToHaveAttributeAsync("lang", "sv");
    }
}
