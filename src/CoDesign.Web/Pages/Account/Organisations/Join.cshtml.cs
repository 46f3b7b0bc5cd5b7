using CoDesign.Application.Organisations;
using CoDesign.Domain.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Organisations;

/// <summary>The invitation link opens this page; joining is a button (a POST), never the link itself.</summary>
public sealed class JoinOrganisationModel(OrganisationAppService organisations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? OrganisationName { get; private set; }

    public bool OtherAddress { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        OrganisationName = string.IsNullOrEmpty(Token) ? null : await organisations.InvitationOrganisationAsync(Token, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var id = await organisations.AcceptAsync(Token ?? string.Empty, ct);
            return Redirect($"/account/organisations/{id}");
        }
        catch (BusinessException ex) when (ex.Code == ErrorCodes.InvitationInvalid)
        {
            OrganisationName = null;
            return Page();
        }
        catch (BusinessException ex) when (ex.Code == ErrorCodes.InvitationOtherAddress)
        {
            OtherAddress = true;
            OrganisationName = await organisations.InvitationOrganisationAsync(Token ?? string.Empty, ct);
            return Page();
        }
    }
}
