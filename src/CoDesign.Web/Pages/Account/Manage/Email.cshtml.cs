using CoDesign.Application.Account;
using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Manage;

/// <summary>Changing the address asks for the password again and takes effect only from the link sent to the new address.</summary>
public sealed class ManageEmailModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountMailer mailer, PageTexts texts, CoDesign.Application.Notifications.IPublicUrls urls) : PageModel
{
    [BindProperty]
    public ChangeEmailForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public string CurrentEmail { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        CurrentEmail = user.Email ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        CurrentEmail = user.Email ?? string.Empty;
        var newEmail = Input.NewEmail?.Trim();
        if (!AccountHelpers.IsValidEmail(newEmail))
        {
            ModelState.AddModelError("Input.NewEmail", texts["Identity.InvalidEmail"]);
        }
        else if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.NewEmail", texts["ManageEmail.Same"]);
        }
        else if (await users.FindByEmailAsync(newEmail!).ConfigureAwait(false) is not null)
        {
            ModelState.AddModelError("Input.NewEmail", texts["Identity.DuplicateEmail"]);
        }

        if (await AccountHelpers.RecheckPasswordAsync(signIn, user, Input.CurrentPassword, texts) is { } wrong)
        {
            ModelState.AddModelError("Input.CurrentPassword", wrong);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var code = AccountHelpers.EncodeToken(await users.GenerateChangeEmailTokenAsync(user, newEmail!).ConfigureAwait(false));
        var link = urls.Absolute(Url.Page("/Account/ConfirmEmailChange", pageHandler: null, values: new { userId = user.Id, email = newEmail, code })!);
        await mailer.QueueChangeEmailAsync(newEmail!, user.PreferredLanguage, link, cancellationToken).ConfigureAwait(false);
        return RedirectToPage(new { Sent = true });
    }
}
