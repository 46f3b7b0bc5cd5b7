using CoDesign.Application.Accountability;
using CoDesign.Application.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City;

/// <summary>The city's public record of answering on time.</summary>
public sealed class CityAccountabilityModel(AccountabilityAppService accountability) : PageModel
{
    public AccountabilityReportDto Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await accountability.ReportAsync(Languages.Current, ct);
}
