using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Notifications;

namespace CoDesign.Application.Account;

/// <summary>Queues the account mails (confirmation, reset, address change) in the person's language.</summary>
public sealed class AccountMailer(ICoDesignDbContext db, MailComposer composer, ITextCatalog texts, TimeProvider clock)
{
    public Task QueueConfirmationAsync(string email, string language, string link, CancellationToken cancellationToken = default) =>
        QueueAsync(MailKinds.ConfirmEmail, "Mail.Confirm", email, language, link, cancellationToken);

    public Task QueuePasswordResetAsync(string email, string language, string link, CancellationToken cancellationToken = default) =>
        QueueAsync(MailKinds.PasswordReset, "Mail.Reset", email, language, link, cancellationToken);

    public Task QueueChangeEmailAsync(string newEmail, string language, string link, CancellationToken cancellationToken = default) =>
        QueueAsync(MailKinds.ChangeEmail, "Mail.ChangeEmail", newEmail, language, link, cancellationToken);

    private async Task QueueAsync(string kind, string textPrefix, string email, string language, string link, CancellationToken cancellationToken)
    {
        var lang = Languages.Normalize(language);
        var now = clock.GetUtcNow().UtcDateTime;
        var content = composer.Compose(
            lang,
            texts.Text(textPrefix + ".Subject", lang),
            texts.Text(textPrefix + ".Heading", lang),
            [texts.Text(textPrefix + ".Body", lang), texts.Text("Mail.IgnoreIfNotYou", lang)],
            texts.Text(textPrefix + ".Action", lang),
            link);

        // Every request gets its own row: each link carries a fresh token.
        var id = Guid.CreateVersion7(now);
        db.OutboxMails.Add(new OutboxMail(id, null, email, content.Subject, content.Text, content.Html, kind, $"{kind}:{id:N}", now));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
