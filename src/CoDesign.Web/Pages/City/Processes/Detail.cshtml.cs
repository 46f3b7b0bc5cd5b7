using CoDesign.Application.Localization;
using CoDesign.Application.Processes;
using CoDesign.Application.Workshops;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Processes;

/// <summary>A process: its question, the timeline with the phase in force, what one can do now and until when, and its ideas.</summary>
public sealed class ProcessDetailModel(ProcessAppService processes, WorkshopAppService workshops) : PageModel
{
    public ProcessDetailDto Process { get; private set; } = null!;

    public IReadOnlyList<WorkshopListItemDto> Workshops { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Process = await processes.GetAsync(id, Languages.Current, ct);
        Workshops = await workshops.ListForProcessAsync(id, Languages.Current, ct);
    }
}
