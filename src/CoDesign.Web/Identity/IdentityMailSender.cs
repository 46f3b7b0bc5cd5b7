using CoDesign.Application.Account;
using CoDesign.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace CoDesign.Web.Identity;

/// <summary>Identity's mail hooks, routed to the outbox in the person's own language.</summary>
public sealed class IdentityMailSender(AccountMailer mailer) : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink)
    {
        ArgumentNullException.ThrowIfNull(user);
        return mailer.QueueConfirmationAsync(email, user.PreferredLanguage, confirmationLink);
    }

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink)
    {
        ArgumentNullException.ThrowIfNull(user);
        return mailer.QueuePasswordResetAsync(email, user.PreferredLanguage, resetLink);
    }

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode)
    {
        ArgumentNullException.ThrowIfNull(user);
        return mailer.QueuePasswordResetAsync(email, user.PreferredLanguage, resetCode);
    }
}
