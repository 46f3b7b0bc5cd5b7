using CoDesign.Application.Localization;
using Microsoft.AspNetCore.Localization;

namespace CoDesign.Web.Localization;

/// <summary>
/// A link with ?lang=sv keeps the person in Swedish on the pages that follow (forms post back
/// without the query): the choice is remembered in the language cookie, as the switcher does.
/// </summary>
public sealed class LanguageQueryMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requested = context.Request.Query["lang"].ToString();
        if (requested is "fi" or "sv" or "en" && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var current = context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName];
            var parsed = current is null ? null : CookieRequestCultureProvider.ParseCookieValue(current);
            if (parsed is null || parsed.UICultures.FirstOrDefault().Value != requested)
            {
                LanguageCookie.Write(context.Response, Languages.Normalize(requested), context.Request.IsHttps);
            }
        }

        return next(context);
    }
}
