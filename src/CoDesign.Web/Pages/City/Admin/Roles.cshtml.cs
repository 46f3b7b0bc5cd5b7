using CoDesign.Application.Tenancy;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin;

/// <summary>Granting and revoking the city's roles by e-mail, with a record of who granted what.</summary>
public sealed class CityRolesModel(CityRolesAppService roles, PageTexts texts) : PageModel
{
    public IReadOnlyList<RoleAssignmentDto> Assignments { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public CityRole Role { get; set; } = CityRole.Moderator;

    [BindProperty]
    public Guid AssignmentId { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Assignments = await roles.ListAsync(ct);

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken ct)
    {
        try
        {
            await roles.GrantAsync(Email ?? string.Empty, Role, ct);
            Done = "Roles.Granted";
            return Redirect($"/{RouteData.Values["city"]}/admin/roles");
        }
        catch (BusinessException ex) when (ex.Code is ErrorCodes.RoleUnknownUser or ErrorCodes.Validation)
        {
            ModelState.AddModelError("Email", texts.Error(ex.Code));
            Assignments = await roles.ListAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        await roles.RevokeAsync(AssignmentId, ct);
        Done = "Roles.Revoked";
        return Redirect($"/{RouteData.Values["city"]}/admin/roles");
    }
}
