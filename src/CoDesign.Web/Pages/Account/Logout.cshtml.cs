using CoDesign.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends this session everywhere: a copied cookie or a bearer token
        // issued to the same person stops working at its next check (within a minute), not in 14 days.
        if (await users.GetUserAsync(User).ConfigureAwait(false) is { } user)
        {
            await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
            CoDesign.Web.Identity.BearerStampMiddleware.Forget(cache, user.Id);
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
        return RedirectToPage("/Account/Logout");
    }
}
