using CoDesign.Application.Localization;
using Microsoft.AspNetCore.Localization;

namespace CoDesign.Web.Localization;

public static class LanguageCookie
{
    public static string CultureName(string language) => Languages.Culture(language).Name;

    public static void Write(HttpResponse response, string language, bool secure)
    {
        ArgumentNullException.ThrowIfNull(response);
        var lang = Languages.Normalize(language);
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureName(lang), lang)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = secure, Path = "/" });
    }
}
