using CoDesign.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account;

/// <summary>
/// The link in the mail opens a page with a button: confirming is a POST, so that mail scanners
/// that follow links do not confirm on the person's behalf.
/// </summary>
public sealed class ConfirmEmailModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Confirmed { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet() => Failed = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code);

    public async Task<IActionResult> OnPostAsync()
    {
        var token = AccountHelpers.DecodeToken(Code);
        var user = UserId is null ? null : await users.FindByIdAsync(UserId).ConfigureAwait(false);
        if (user is null || token is null)
        {
            Failed = true;
            return Page();
        }

        if (user.EmailConfirmed)
        {
            Confirmed = true;
            return Page();
        }

        var result = await users.ConfirmEmailAsync(user, token).ConfigureAwait(false);
        Confirmed = result.Succeeded;
        Failed = !result.Succeeded;
        return Page();
    }
}
