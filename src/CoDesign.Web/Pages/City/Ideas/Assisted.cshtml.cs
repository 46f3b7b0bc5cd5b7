using CoDesign.Application.Ideas;
using CoDesign.Application.Localization;
using CoDesign.Application.Permissions;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Ideas;

/// <summary>Staff record an idea for a resident who came to a service point, phoned, wrote on paper or met them at an event.</summary>
public sealed class AssistedIdeaModel(AssistedIdeaAppService assisted, CityAppService cities, IPermissionChecker permissions, PageTexts texts) : PageModel
{
    [BindProperty]
    public AssistedForm Input { get; set; } = new();

    public IReadOnlyList<CategorySummaryDto> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(CoDesignPermissions.IdeasRecordAssisted, ct);
        Input.Language = Languages.Current;
        Categories = await cities.GetCategoriesAsync(Languages.Current, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var id = await assisted.RecordAsync(new AssistedIdeaInput(Input.Title, Input.Body, Input.CategoryId, Input.District, Input.Language, Input.Channel, Input.ConsentNoted, Input.ContactEmail), ct);
            TempData["Done"] = "Assisted.Recorded";
            return Redirect($"/{RouteData.Values["city"]}/ideas/{id}");
        }
        catch (BusinessException ex) when (ex.Code is not (ErrorCodes.Unauthenticated or ErrorCodes.Forbidden))
        {
            var field = ex.Field switch
            {
                "Title" => "Input.Title",
                "Body" => "Input.Body",
                "CategoryId" => "Input.CategoryId",
                "ConsentNoted" => "Input.ConsentNoted",
                "ContactEmail" => "Input.ContactEmail",
                "Channel" => "Input.Channel",
                _ => string.Empty,
            };
            var message = ex.Field switch
            {
                "ConsentNoted" => texts["Assisted.ConsentRequired"],
                "Title" => texts.Format("NewIdea.TitleLength", 5, 150),
                "Body" => texts["NewIdea.BodyRequired"],
                "CategoryId" => texts["NewIdea.CategoryRequired"],
                "ContactEmail" => texts["Identity.InvalidEmail"],
                _ => texts.Error(ex.Code),
            };
            ModelState.AddModelError(field, message);
            Categories = await cities.GetCategoriesAsync(Languages.Current, ct);
            return Page();
        }
    }
}
