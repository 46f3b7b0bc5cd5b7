using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoDesign.Application.Notifications;

/// <summary>
/// The coordinators' weekly cross-city summary: per city, what the week brought (aggregates only,
/// never a person), and the most supported new ideas. One per coordinator and ISO week (unique key).
/// This job has no signed-in user; it reads across cities only for counts and public idea titles.
/// </summary>
public sealed partial class CoordinatorDigestHandler(ICoDesignDbContext db, NotificationMails mails, IPublicUrls urls, TimeProvider clock, ILogger<CoordinatorDigestHandler> logger)
{
    public async Task<DigestRunResult> RunAsync(DateTime scheduledUtc, CancellationToken cancellationToken = default)
    {
        var week = DigestPeriod.Week(scheduledUtc);
        var to = scheduledUtc;
        var from = to.AddDays(-7);
        var coordinators = await (from ur in db.UserRoles
                                  join r in db.Roles on ur.RoleId equals r.Id
                                  join u in db.Users on ur.UserId equals u.Id
                                  where r.Name == PlatformRoles.Coordinator && u.EmailConfirmed && u.Email != null
                                  select new { u.Id, u.Email, u.PreferredLanguage }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = coordinators.Select(c => c.Id).ToList();
        var wanted = await NotificationPreferencesAppService.EffectiveAsync(db, ids, NotificationKinds.CoordinatorSummary, cancellationToken).ConfigureAwait(false);
        coordinators = coordinators.Where(c => wanted[c.Id] != NotificationFrequency.Never && MailGuard.IsValidAddress(c.Email)).ToList();
        if (coordinators.Count == 0)
        {
            return new DigestRunResult(0, 0, 0);
        }

        var cities = await db.Cities.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.NameFi).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ideas = db.Ideas.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking();
        var newIdeas = await ideas.Where(i => i.PublishedAt >= from && i.PublishedAt < to).GroupBy(i => i.TenantId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken).ConfigureAwait(false);
        var votes = await db.Votes.IgnoreQueryFilters([TenantFilter.Name]).Where(v => v.CreatedAt >= from && v.CreatedAt < to).GroupBy(v => v.TenantId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken).ConfigureAwait(false);
        var responses = await db.IdeaResponses.IgnoreQueryFilters([TenantFilter.Name]).Where(r => r.CreatedAt >= from && r.CreatedAt < to).GroupBy(r => r.TenantId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken).ConfigureAwait(false);
        var crossed = await ideas.Where(i => i.ThresholdReachedAt >= from && i.ThresholdReachedAt < to).GroupBy(i => i.TenantId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken).ConfigureAwait(false);
        if (newIdeas.Values.Sum() + votes.Values.Sum() + responses.Values.Sum() == 0)
        {
            LogNothing(logger, week);
            return new DigestRunResult(coordinators.Count, 0, 0);
        }

        var top = await ideas.Where(i => i.PublishedAt >= from && i.PublishedAt < to && (i.Status == IdeaStatus.Published || i.Status == IdeaStatus.UnderReview))
            .OrderByDescending(i => i.VoteCount).ThenBy(i => i.Id).Take(5)
            .Select(i => new { i.Id, i.TenantId, i.Title, i.VoteCount }).ToListAsync(cancellationToken).ConfigureAwait(false);

        var now = clock.GetUtcNow().UtcDateTime;
        var keys = coordinators.Select(c => DigestHandler.DedupKey(MailKinds.CoordinatorDigest, Guid.Empty, c.Id, week)).ToList();
        var sent = (await db.OutboxMails.AsNoTracking().Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        int queued = 0, already = 0;
        foreach (var c in coordinators)
        {
            var key = DigestHandler.DedupKey(MailKinds.CoordinatorDigest, Guid.Empty, c.Id, week);
            if (sent.Contains(key))
            {
                already++;
                continue;
            }

            var lang = Languages.Normalize(c.PreferredLanguage);
            var perCity = cities.Select(city => new MailItem(
                city.Name(lang),
                mails.F("Digest.Coordinator.CityLine", lang, newIdeas.GetValueOrDefault(city.Id), votes.GetValueOrDefault(city.Id), responses.GetValueOrDefault(city.Id), crossed.GetValueOrDefault(city.Id)),
                urls.Absolute("/" + city.Slug))).ToList();
            var sections = new List<MailSection> { new(mails.T("Digest.Coordinator.Cities", lang), perCity) };
            if (top.Count > 0)
            {
                sections.Add(new MailSection(mails.T("Digest.Coordinator.Top", lang), top.Select(i =>
                {
                    var city = cities.First(x => x.Id == i.TenantId);
                    return new MailItem(i.Title, mails.F("Digest.Coordinator.TopLine", lang, city.Name(lang), i.VoteCount), mails.IdeaUrl(city.Slug, i.Id));
                }).ToList()));
            }

            var subject = mails.F("Digest.Coordinator.Subject", lang, week);
            var intro = mails.F("Digest.Coordinator.Intro", lang, HelsinkiTime.FormatDate(from, lang), HelsinkiTime.FormatDate(to.AddMinutes(-1), lang));
            var content = mails.Digest(lang, subject, subject, intro, sections, c.Id, NotificationKinds.CoordinatorSummary);
            db.OutboxMails.Add(new OutboxMail(Guid.CreateVersion7(now), null, c.Email!, content.Subject, content.Text, content.Html, MailKinds.CoordinatorDigest, key, now)
            {
                UnsubscribeUrl = mails.UnsubscribeUrl(c.Id, NotificationKinds.CoordinatorSummary),
                RecipientUserId = c.Id,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                queued++;
            }
            catch (DbUpdateException)
            {
                // Written meanwhile by another node: that one counts.
                db.ChangeTracker.Clear();
                already++;
            }
        }

        return new DigestRunResult(coordinators.Count, queued, already);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coordinator summary {Week}: nothing new in any city, no mail")]
    private static partial void LogNothing(ILogger logger, string week);
}
