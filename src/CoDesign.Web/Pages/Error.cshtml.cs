using System.Diagnostics;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages;

/// <summary>Friendly error pages in the user's language; a 500 shows only a trace id, never details.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(PageTexts texts) : PageModel
{
    public string Heading { get; private set; } = string.Empty;

    public string Message { get; private set; } = string.Empty;

    public string TraceId { get; private set; } = string.Empty;

    public bool ShowTrace { get; private set; }

    /// <summary>A 503: drawn without the layout, which needs the database.</summary>
    public bool Standalone { get; private set; }

    public void OnGet() => Build(RouteCode());

    public void OnPost() => Build(RouteCode());

    /// <summary>
    /// Read from the route by hand, not model-bound: binding would also look in the failed
    /// request's form, which may be exactly what could not be read.
    /// </summary>
    private int? RouteCode() =>
        int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;

    private void Build(int? code)
    {
        // An exception that only means the database is unreachable is a 503, not a bug.
        var failed = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
        var status = code ?? (Errors.DatabaseOutage.Is(failed) ? StatusCodes.Status503ServiceUnavailable : Errors.BadRequests.StatusOf(failed) ?? StatusCodes.Status500InternalServerError);
        var key = status switch
        {
            404 => "404",
            403 => "403",
            401 => "401",
            413 => "413",
            429 => "429",
            503 => "503",
            >= 400 and < 500 => "400",
            _ => "500",
        };
        Heading = texts["ErrorPage." + key + ".Heading"];
        Message = texts["ErrorPage." + key + ".Message"];
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        ShowTrace = status >= 500;
        Standalone = status == StatusCodes.Status503ServiceUnavailable;
        if (code is null || Response.StatusCode == StatusCodes.Status200OK || status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.StatusCode = status;
        }
    }
}
