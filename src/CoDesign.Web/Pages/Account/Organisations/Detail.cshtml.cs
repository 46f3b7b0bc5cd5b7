using CoDesign.Application.Localization;
using CoDesign.Application.Organisations;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Organisations;

/// <summary>An organisation's members; its managers invite new ones by e-mail.</summary>
public sealed class OrganisationDetailModel(OrganisationAppService organisations, PageTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? InviteEmail { get; set; }

    [TempData]
    public string? Invited { get; set; }

    public OrganisationDto Organisation { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Organisation = await organisations.GetAsync(Id, ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        try
        {
            await organisations.InviteAsync(Id, InviteEmail ?? string.Empty, Languages.Current, ct);
            Invited = InviteEmail?.Trim();
            return Redirect($"/account/organisations/{Id}");
        }
        catch (BusinessException ex) when (ex.Code == ErrorCodes.Validation)
        {
            ModelState.AddModelError("InviteEmail", texts["Identity.InvalidEmail"]);
            Organisation = await organisations.GetAsync(Id, ct);
            return Page();
        }
    }
}
