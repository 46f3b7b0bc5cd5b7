using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Coordination;

/// <summary>What the coordination pages share: the date range of the GET form.</summary>
public abstract class CoordinationPageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>The range as a query string, so links keep it.</summary>
    public string RangeQuery(DateOnly from, DateOnly to) =>
        $"?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
}
