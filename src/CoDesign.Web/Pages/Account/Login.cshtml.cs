using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn, PageTexts texts) : PageModel
{
    [BindProperty]
    public LoginForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool NotConfirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!AccountHelpers.IsValidEmail(Input.Email))
        {
            ModelState.AddModelError("Input.Email", texts["Identity.InvalidEmail"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", texts["Login.PasswordRequired"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email!.Trim()).ConfigureAwait(false);
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, texts["Login.Invalid"]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            if (user.PreferredLanguage is { Length: > 0 } && !Request.Cookies.ContainsKey(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName))
            {
                LanguageCookie.Write(Response, user.PreferredLanguage, Request.IsHttps);
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, texts["Login.LockedOut"]);
        }
        else if (result.IsNotAllowed)
        {
            NotConfirmed = true;
            ModelState.AddModelError(string.Empty, texts["Login.NotConfirmed"]);
        }
        else
        {
            ModelState.AddModelError(string.Empty, texts["Login.Invalid"]);
        }

        return Page();
    }
}
