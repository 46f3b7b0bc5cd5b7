using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages;

/// <summary>The language switcher: a form post (works without JavaScript) that returns to the same page.</summary>
public sealed class LanguageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost(string? lang)
    {
        LanguageCookie.Write(Response, lang ?? "fi", Request.IsHttps);
        var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

        // A ?lang= in the return address would override the choice just made.
        target = QueryWithout(target, "lang");
        return LocalRedirect(target);
    }

    private static string QueryWithout(string url, string key)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return url;
        }

        var parts = url[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith(key + "=", StringComparison.OrdinalIgnoreCase) && !string.Equals(p, key, StringComparison.OrdinalIgnoreCase));
        var query = string.Join('&', parts);
        return query.Length == 0 ? url[..q] : url[..q] + "?" + query;
    }
}
