using CoDesign.Application.Localization;
using CoDesign.Application.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City;

public sealed class CityIndexModel(CityAppService cities) : PageModel
{
    public CityHomeDto Home { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Home = await cities.GetHomeAsync(Languages.Current, cancellationToken).ConfigureAwait(false);
}
