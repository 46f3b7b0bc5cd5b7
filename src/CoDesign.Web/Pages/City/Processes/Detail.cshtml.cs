using CoDesign.Application.Localization;
using CoDesign.Application.Processes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Processes;

/// <summary>A process: its question, the timeline with the phase in force, what one can do now and until when, and its ideas.</summary>
public sealed class ProcessDetailModel(ProcessAppService processes) : PageModel
{
    public ProcessDetailDto Process { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Process = await processes.GetAsync(id, Languages.Current, ct);
}
