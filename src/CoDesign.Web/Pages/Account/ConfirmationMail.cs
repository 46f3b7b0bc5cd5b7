using CoDesign.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CoDesign.Web.Pages.Account;

public static class ConfirmationMail
{
    public static async Task SendAsync(UserManager<AppUser> users, IEmailSender<AppUser> mail, AppUser user, IUrlHelper url, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(request);
        var code = AccountHelpers.EncodeToken(await users.GenerateEmailConfirmationTokenAsync(user).ConfigureAwait(false));
        var link = url.Page("/Account/ConfirmEmail", pageHandler: null, values: new { userId = user.Id, code }, protocol: request.Scheme)!;
        await mail.SendConfirmationLinkAsync(user, user.Email!, link).ConfigureAwait(false);
    }
}
