using CoDesign.Application.Users;
using CoDesign.Domain.Identity;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Manage;

/// <summary>"Delete my account": the password again and an explicit confirmation, then erasure and sign-out.</summary>
public sealed class ManageDeleteModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountErasureAppService erasure, PageTexts texts, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await AccountHelpers.RecheckPasswordAsync(signIn, user, Password, texts) is { } wrong)
        {
            ModelState.AddModelError(nameof(Password), wrong);
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), texts["DeleteAccount.ConfirmRequired"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        await erasure.EraseMeAsync(ct);
        Identity.BearerStampMiddleware.Forget(cache, user.Id);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Deleted");
    }
}
