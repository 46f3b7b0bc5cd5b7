using CoDesign.Application.Notifications;
using CoDesign.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CoDesign.Web.Pages.Account;

public static class ConfirmationMail
{
    public static async Task SendAsync(UserManager<AppUser> users, IEmailSender<AppUser> mail, AppUser user, IUrlHelper url, IPublicUrls urls)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(urls);
        var code = AccountHelpers.EncodeToken(await users.GenerateEmailConfirmationTokenAsync(user).ConfigureAwait(false));
        // From App:PublicBaseUrl, not the request's Host header, which a caller could set to their own site.
        var link = urls.Absolute(url.Page("/Account/ConfirmEmail", pageHandler: null, values: new { userId = user.Id, code })!);
        await mail.SendConfirmationLinkAsync(user, user.Email!, link).ConfigureAwait(false);
    }
}
