using CoDesign.Application.Localization;
using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Manage;

public sealed class ManageIndexModel(UserManager<AppUser> users, PageTexts texts) : PageModel
{
    [BindProperty]
    public ProfileForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        Input.DisplayName = user.DisplayName;
        Input.PreferredLanguage = user.PreferredLanguage;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        var name = Input.DisplayName?.Trim() ?? string.Empty;
        if (name.Length is 0 or > AppUser.MaxDisplayNameLength)
        {
            ModelState.AddModelError("Input.DisplayName", texts["Register.DisplayNameRequired"]);
            return Page();
        }

        user.DisplayName = name;
        user.PreferredLanguage = Languages.Normalize(Input.PreferredLanguage);
        var result = await users.UpdateAsync(user).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, texts["Identity.Generic"]);
            return Page();
        }

        return RedirectToPage(new { Saved = true });
    }
}
