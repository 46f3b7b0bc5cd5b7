using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account;

/// <summary>Same answer whether or not the address has an account (no enumeration).</summary>
public sealed class ForgotPasswordModel(UserManager<AppUser> users, IEmailSender<AppUser> mail, PageTexts texts, CoDesign.Application.Notifications.IPublicUrls urls) : PageModel
{
    [BindProperty]
    public EmailForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!AccountHelpers.IsValidEmail(Input.Email))
        {
            ModelState.AddModelError("Input.Email", texts["Identity.InvalidEmail"]);
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!.Trim()).ConfigureAwait(false);
        if (user is not null && user.EmailConfirmed)
        {
            var code = AccountHelpers.EncodeToken(await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false));
            var link = urls.Absolute(Url.Page("/Account/ResetPassword", pageHandler: null, values: new { email = user.Email, code })!);
            await mail.SendPasswordResetLinkAsync(user, user.Email!, link).ConfigureAwait(false);
        }

        return RedirectToPage(new { Sent = true });
    }
}
