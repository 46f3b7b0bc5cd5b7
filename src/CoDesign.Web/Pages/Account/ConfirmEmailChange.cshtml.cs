using CoDesign.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account;

public sealed class ConfirmEmailChangeModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Done { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet() => Failed = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(Code);

    public async Task<IActionResult> OnPostAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId).ConfigureAwait(false);
        var token = AccountHelpers.DecodeToken(Code);
        if (user is null || token is null || string.IsNullOrEmpty(Email))
        {
            Failed = true;
            return Page();
        }

        var result = await users.ChangeEmailAsync(user, Email, token).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            Failed = true;
            return Page();
        }

        // The e-mail is the sign-in name too; the changed stamp ends the other sessions.
        await users.SetUserNameAsync(user, Email).ConfigureAwait(false);
        if (signIn.IsSignedIn(User))
        {
            await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        }

        Done = true;
        return Page();
    }
}
