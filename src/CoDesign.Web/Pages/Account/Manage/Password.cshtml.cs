using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Manage;

/// <summary>A new password renews the security stamp, which ends the person's other sessions.</summary>
public sealed class ManagePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, PageTexts texts) : PageModel
{
    [BindProperty]
    public ChangePasswordForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(Input.NewPassword))
        {
            ModelState.AddModelError("Input.NewPassword", texts.Format("Identity.PasswordTooShort", 12));
        }
        else if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", texts["Account.PasswordsDiffer"]);
        }

        // The current password is checked (and a wrong one counted towards the lockout) only when the
        // rest of the form is fine, so a typo in the new password costs no attempt.
        var wrong = ModelState.ErrorCount > 0
            ? string.IsNullOrEmpty(Input.CurrentPassword) ? texts["ManageEmail.WrongPassword"] : null
            : await AccountHelpers.RecheckPasswordAsync(signIn, user, Input.CurrentPassword, texts);
        if (wrong is not null)
        {
            ModelState.AddModelError("Input.CurrentPassword", wrong);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
            {
                ModelState.AddModelError("Input.CurrentPassword", texts["ManageEmail.WrongPassword"]);
            }
            else
            {
                AccountHelpers.AddIdentityErrors(ModelState, result, texts, "Input.NewPassword", string.Empty);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        return RedirectToPage(new { Saved = true });
    }
}
