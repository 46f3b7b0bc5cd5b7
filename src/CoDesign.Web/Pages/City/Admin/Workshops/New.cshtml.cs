using CoDesign.Application.Localization;
using CoDesign.Application.Workshops;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin.Workshops;

/// <summary>Staff: a new workshop of a process.</summary>
public sealed class NewWorkshopModel(WorkshopAdminAppService admin, PageTexts texts) : PageModel
{
    /// <summary>From the address (?process=) or the posted form; none: the page asks which process.</summary>
    [BindProperty(SupportsGet = true, Name = "process")]
    public Guid? ProcessId { get; set; }

    public string? ProcessTitle { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Processes { get; private set; } = [];

    [BindProperty]
    public WorkshopForm Form { get; set; } = new() { Capacity = 20, StartTime = "17:00", EndTime = "19:00" };

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var id = await admin.CreateAsync(ProcessId ?? Guid.Empty, Form.ToInput(), ct);
            TempData["WorkshopSaved"] = true;
            return Redirect($"/{RouteData.Values["city"]}/admin/workshops/{id}");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.Forbidden or ErrorCodes.Unauthenticated or ErrorCodes.NotFound))
        {
            WorkshopErrors.Add(ModelState, ex, texts, "Form.");
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Processes = await admin.ProcessChoicesAsync(Languages.Current, ct);
        ProcessTitle = Processes.FirstOrDefault(p => p.Id == ProcessId).Title;
    }
}
