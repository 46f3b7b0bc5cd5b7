using CoDesign.Application.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages;

public sealed class IndexModel(CityAppService cities) : PageModel
{
    public IReadOnlyList<CityDto> Cities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cities = await cities.GetCitiesAsync(cancellationToken).ConfigureAwait(false);
}
