using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account;

public sealed class ResetPasswordModel(UserManager<AppUser> users, PageTexts texts) : PageModel
{
    [BindProperty]
    public ResetPasswordForm Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet(string? email, string? code)
    {
        Input.Email = email;
        Input.Code = code;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!AccountHelpers.IsValidEmail(Input.Email))
        {
            ModelState.AddModelError("Input.Email", texts["Identity.InvalidEmail"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", texts.Format("Identity.PasswordTooShort", 12));
        }
        else if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", texts["Account.PasswordsDiffer"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!.Trim()).ConfigureAwait(false);
        var token = AccountHelpers.DecodeToken(Input.Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, texts["Identity.InvalidToken"]);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            AccountHelpers.AddIdentityErrors(ModelState, result, texts, "Input.Password", "Input.Email");
            return Page();
        }

        Done = true;
        return Page();
    }
}
