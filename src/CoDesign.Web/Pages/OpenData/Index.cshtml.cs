using CoDesign.Application.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.OpenData;

/// <summary>What the open data holds, its columns and licence, with links to the downloads for all cities and each city.</summary>
public sealed class OpenDataModel(CityAppService cities) : PageModel
{
    public IReadOnlyList<CityRef> Cities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cities = await cities.GetActiveCityRefsAsync(ct);
}
