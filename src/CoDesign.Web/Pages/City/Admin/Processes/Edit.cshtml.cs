using CoDesign.Application.Localization;
using CoDesign.Application.Processes;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin.Processes;

/// <summary>City admins: a process's texts, its phases (add, change dates or kind, move, remove) and publishing.</summary>
public sealed class EditProcessModel(ProcessAdminAppService admin, CityAppService cities, PageTexts texts) : PageModel
{
    public ProcessEditDto Process { get; private set; } = null!;

    public IReadOnlyList<CategorySummaryDto> Categories { get; private set; } = [];

    [BindProperty]
    public ProcessForm Form { get; set; } = new();

    [BindProperty]
    public PhaseForm Phase { get; set; } = new();

    [TempData(Key = "ProcessSaved")]
    public bool Saved { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Form = ProcessForm.From(Process.Input);
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "Form.", () => admin.UpdateAsync(id, Form.ToInput(), ct), keepForm: true, ct);

    public Task<IActionResult> OnPostAddPhaseAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "Phase.", () => admin.AddPhaseAsync(id, new PhaseInput(Phase.Kind, Phase.StartsOn, Phase.EndsOn), ct), keepForm: false, ct);

    public Task<IActionResult> OnPostChangePhaseAsync(Guid id, Guid phaseId, CancellationToken ct) =>
        RunAsync(id, "Phase.", () => admin.ReschedulePhaseAsync(id, phaseId, new PhaseInput(Phase.Kind, Phase.StartsOn, Phase.EndsOn), ct), keepForm: false, ct);

    public Task<IActionResult> OnPostMovePhaseAsync(Guid id, Guid phaseId, bool earlier, CancellationToken ct) =>
        RunAsync(id, string.Empty, () => admin.MovePhaseAsync(id, phaseId, earlier, ct), keepForm: false, ct);

    public Task<IActionResult> OnPostRemovePhaseAsync(Guid id, Guid phaseId, CancellationToken ct) =>
        RunAsync(id, string.Empty, () => admin.RemovePhaseAsync(id, phaseId, ct), keepForm: false, ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, bool published, CancellationToken ct) =>
        RunAsync(id, string.Empty, () => admin.SetPublishedAsync(id, published, ct), keepForm: false, ct);

    private async Task<IActionResult> RunAsync(Guid id, string prefix, Func<Task> change, bool keepForm, CancellationToken ct)
    {
        try
        {
            await change();
            Saved = true;
            return Redirect($"/{RouteData.Values["city"]}/admin/processes/{id}");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.Forbidden or ErrorCodes.Unauthenticated or ErrorCodes.NotFound))
        {
            ProcessErrors.Add(ModelState, ex, texts, prefix);
            await LoadAsync(id, ct);
            if (!keepForm)
            {
                Form = ProcessForm.From(Process.Input);
            }

            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Process = await admin.GetForEditAsync(id, ct);
        Categories = await cities.GetCategoriesAsync(Languages.Current, ct);
    }
}
