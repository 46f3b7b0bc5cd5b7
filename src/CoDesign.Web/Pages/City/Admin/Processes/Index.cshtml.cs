using CoDesign.Application.Localization;
using CoDesign.Application.Processes;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin.Processes;

/// <summary>City admins: every process of the city (drafts too) and a form for a new one.</summary>
public sealed class AdminProcessesModel(ProcessAppService processes, ProcessAdminAppService admin, CityAppService cities, Application.Permissions.IPermissionChecker permissions, PageTexts texts) : PageModel
{
    public IReadOnlyList<ProcessListItemDto> Processes { get; private set; } = [];

    public IReadOnlyList<CategorySummaryDto> Categories { get; private set; } = [];

    [BindProperty]
    public ProcessForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var id = await admin.CreateAsync(Form.ToInput(), ct);
            return Redirect($"/{RouteData.Values["city"]}/admin/processes/{id}");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.Forbidden or ErrorCodes.Unauthenticated))
        {
            ProcessErrors.Add(ModelState, ex, texts, "Form.");
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(Application.Permissions.CoDesignPermissions.ProcessesManage, ct);
        Processes = await processes.ListAsync(new ProcessQuery(), Languages.Current, ct);
        Categories = await cities.GetCategoriesAsync(Languages.Current, ct);
    }
}
