using CoDesign.Application.Accountability;
using CoDesign.Application.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin;

/// <summary>Officials' list of ideas waiting for the city's answer, most urgent first.</summary>
public sealed class OfficialsDashboardModel(AccountabilityAppService accountability) : PageModel
{
    public OfficialsDashboardDto Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Dashboard = await accountability.DashboardAsync(Languages.Current, ct);
}
