using CoDesign.Application.Coordination;
using CoDesign.Application.Localization;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Coordination;

/// <summary>Coordinators keep the shared theme taxonomy: add, rename, reorder, and remove a theme no category uses.</summary>
public sealed class CoordinationThemesModel(ThemeAdminAppService themes, PageTexts texts) : PageModel
{
    public IReadOnlyList<ThemeAdminDto> Themes { get; private set; } = [];

    [BindProperty]
    public ThemeInput Input { get; set; } = new(null, null, null, null);

    [TempData(Key = "ThemesSaved")]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) => ActAsync(() => themes.AddAsync(Input, ct), "Coordination.ThemeAdded", ct);

    public Task<IActionResult> OnPostRenameAsync(string key, CancellationToken ct) => ActAsync(() => themes.RenameAsync(key, Input, ct), "Coordination.ThemeSaved", ct);

    public Task<IActionResult> OnPostMoveAsync(string key, int direction, CancellationToken ct) => ActAsync(() => themes.MoveAsync(key, direction, ct), "Coordination.ThemeMoved", ct);

    public Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken ct) => ActAsync(() => themes.DeleteAsync(key, ct), "Coordination.ThemeDeleted", ct);

    private async Task<IActionResult> ActAsync(Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            Saved = done;
            return Redirect("/coordination/themes");
        }
        catch (BusinessException ex) when (ex.Code is ErrorCodes.Validation or ErrorCodes.ThemeKeyTaken or ErrorCodes.ThemeInUse)
        {
            var message = ex.Code == ErrorCodes.Validation ? texts["Coordination.ThemeInvalid." + (ex.Field == "Key" ? "Key" : "Names")] : texts.Error(ex.Code);
            ModelState.AddModelError(ex.Code == ErrorCodes.Validation && ex.Field == "Key" ? "Input.Key" : string.Empty, message);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task<IActionResult> ActAsync(Func<Task<string>> action, string done, CancellationToken ct) =>
        await ActAsync(async () => { await action(); }, done, ct);

    private async Task LoadAsync(CancellationToken ct) => Themes = await themes.ListAsync(Languages.Current, ct);
}
