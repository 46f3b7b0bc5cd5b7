using System.Globalization;
using CoDesign.Application.Localization;
using Microsoft.AspNetCore.Localization;

namespace CoDesign.Web.Localization;

public static class LocalizationSetup
{
    /// <summary>Language from ?lang=, then the language cookie, then the browser; Finnish when none fits.</summary>
    public static RequestLocalizationOptions Options()
    {
        var cultures = Languages.All.Select(l => Languages.Culture(l)).ToList();
        var uiCultures = Languages.All.Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Languages.Culture(Languages.Default).Name, Languages.Default),
            SupportedCultures = cultures.Concat(uiCultures).ToList(),
            SupportedUICultures = uiCultures,
            FallBackToParentUICultures = true,
            FallBackToParentCultures = true,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }
}
