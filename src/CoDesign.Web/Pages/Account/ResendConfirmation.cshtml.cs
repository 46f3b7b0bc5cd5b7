using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account;

/// <summary>Always answers the same, so the page cannot tell whether an address has an account.</summary>
public sealed class ResendConfirmationModel(UserManager<AppUser> users, IEmailSender<AppUser> mail, PageTexts texts, CoDesign.Application.Notifications.IPublicUrls urls) : PageModel
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
        if (user is not null && !user.EmailConfirmed)
        {
            await ConfirmationMail.SendAsync(users, mail, user, Url, urls).ConfigureAwait(false);
        }

        return RedirectToPage(new { Sent = true });
    }
}
