using CoDesign.Application.Localization;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin;

/// <summary>The city's categories, each mapped to one shared theme.</summary>
public sealed class CategoriesModel(CategoryAdminAppService categories, PageTexts texts) : PageModel
{
    public IReadOnlyList<CategoryAdminDto> Categories { get; private set; } = [];

    public IReadOnlyList<ThemeOptionDto> Themes { get; private set; } = [];

    [BindProperty]
    public Guid? CategoryId { get; set; }

    [BindProperty]
    public CategoryInput Input { get; set; } = new(null, null, null, null, null);

    [TempData(Key = "CategoriesSaved")]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            if (CategoryId is { } id)
            {
                await categories.UpdateAsync(id, Input, ct);
            }
            else
            {
                await categories.AddAsync(Input, ct);
            }

            Saved = true;
            return Redirect($"/{RouteData.Values["city"]}/admin/categories");
        }
        catch (BusinessException ex) when (ex.Code is ErrorCodes.Validation or ErrorCodes.CategoryKeyTaken)
        {
            var message = ex.Code == ErrorCodes.CategoryKeyTaken ? texts.Error(ex.Code) : texts["Categories.Invalid." + (ex.Field is "Key" or "ThemeKey" ? ex.Field : "Names")];
            ModelState.AddModelError(CategoryId is null && ex.Field == "Key" ? "Input.Key" : string.Empty, message);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct) => (Categories, Themes) = await categories.ListAsync(Languages.Current, ct);
}
