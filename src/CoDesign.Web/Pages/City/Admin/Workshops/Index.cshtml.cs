using CoDesign.Application.Localization;
using CoDesign.Application.Workshops;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin.Workshops;

/// <summary>Staff: the city's workshops, coming ones first, and a new one for a chosen process.</summary>
public sealed class WorkshopsAdminIndexModel(WorkshopAdminAppService admin) : PageModel
{
    public IReadOnlyList<WorkshopAdminListItemDto> Workshops { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Workshops = await admin.ListAsync(Languages.Current, ct);
        Processes = await admin.ProcessChoicesAsync(Languages.Current, ct);
    }
}
