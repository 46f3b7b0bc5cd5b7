using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

/// <summary>
/// Turns an event into in-app notifications and, for people who want it immediately, a mail. It only
/// adds rows to the unit of work: the caller saves them in the same transaction as the change that
/// caused them, so there is never a notification without its cause, nor a cause without its mail.
/// </summary>
public sealed class NotificationPublisher(ICoDesignDbContext db, NotificationMails mails)
{
    public async Task<int> PublishAsync(NoticeFacts facts, Guid tenantId, Guid sourceId, IEnumerable<Guid> recipients, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var candidates = recipients.Distinct().ToList();
        if (candidates.Count == 0)
        {
            return 0;
        }

        // A producer that runs again (a retried request) finds its notifications and adds none.
        var already = await db.Notifications.IgnoreQueryFilters([TenantFilter.Name])
            .Where(n => n.TenantId == tenantId && n.Kind == facts.Kind && n.SourceId == sourceId && candidates.Contains(n.UserId))
            .Select(n => n.UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var tracked = db.Notifications.Local.Where(n => n.TenantId == tenantId && n.Kind == facts.Kind && n.SourceId == sourceId).Select(n => n.UserId);
        candidates = candidates.Except(already).Except(tracked).ToList();
        if (candidates.Count == 0)
        {
            return 0;
        }

        var prefs = await NotificationPreferencesAppService.EffectiveAsync(db, candidates, facts.Kind, cancellationToken).ConfigureAwait(false);
        var immediate = candidates.Where(u => prefs[u] == NotificationFrequency.Immediate).ToList();
        var people = immediate.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => immediate.Contains(u.Id) && u.EmailConfirmed && u.Email != null)
                .Select(u => new { u.Id, u.Email, u.PreferredLanguage }).ToDictionaryAsync(u => u.Id, cancellationToken).ConfigureAwait(false);

        foreach (var userId in candidates)
        {
            var notification = new Notification(Guid.CreateVersion7(now), tenantId, userId, facts.Kind, facts.IdeaId, sourceId, now);
            var frequency = prefs[userId];
            if (frequency == NotificationFrequency.Immediate && people.TryGetValue(userId, out var person) && MailGuard.IsValidAddress(person.Email))
            {
                var lang = Languages.Normalize(person.PreferredLanguage);
                var content = mails.Immediate(facts, userId, lang);
                db.OutboxMails.Add(new OutboxMail(Guid.CreateVersion7(now), tenantId, person.Email!, content.Subject, content.Text, content.Html, "notify." + facts.Kind, $"notify:{notification.Id:N}", now)
                {
                    UnsubscribeUrl = mails.UnsubscribeUrl(userId, facts.Kind),
                    RecipientUserId = userId,
                });
                notification.MarkMailed(now);
            }
            else if (frequency is NotificationFrequency.Never or NotificationFrequency.Immediate)
            {
                // Not wanted by mail, or wanted now but there is no confirmed address to send to.
                notification.MarkMailed(now);
            }

            db.Notifications.Add(notification);
        }

        return candidates.Count;
    }
}
