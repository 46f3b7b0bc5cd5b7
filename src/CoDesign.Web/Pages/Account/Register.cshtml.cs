using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account;

public sealed class RegisterModel(UserManager<AppUser> users, IEmailSender<AppUser> mail, PageTexts texts, TimeProvider clock, CoDesign.Application.Notifications.IPublicUrls urls) : PageModel
{
    [BindProperty]
    public RegisterForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Input.DisplayName?.Trim() ?? string.Empty;
        var email = Input.Email?.Trim() ?? string.Empty;
        if (name.Length is 0 or > AppUser.MaxDisplayNameLength)
        {
            ModelState.AddModelError("Input.DisplayName", texts["Register.DisplayNameRequired"]);
        }

        if (!AccountHelpers.IsValidEmail(email))
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

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = name,
            PreferredLanguage = texts.Language,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Input.Password!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            AccountHelpers.AddIdentityErrors(ModelState, result, texts, "Input.Password", "Input.Email");
            return Page();
        }

        await ConfirmationMail.SendAsync(users, mail, user, Url, urls).ConfigureAwait(false);
        return RedirectToPage("/Account/RegisterConfirmation", new { email });
    }
}
