using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoDesign.Application.Notifications;

/// <summary>What a digest run did.</summary>
public sealed record DigestRunResult(int Recipients, int Queued, int AlreadySent)
{
    public override string ToString() => $"{Recipients} recipients, {Queued} digests queued, {AlreadySent} already sent for the period";
}

/// <summary>
/// A city's digest run: for everyone with unmailed notifications in the city, one daily digest (and
/// on Mondays one weekly digest) in their language, with the city's staff work figures for
/// moderators and officials. Each batch of recipients is one transaction that writes the outbox rows
/// and marks the notifications mailed; the digest's unique key (recipient, kind, city, period) makes
/// a repeated, recovered or parallel run write nothing twice.
/// </summary>
public sealed partial class DigestHandler(
    ICoDesignDbContext db,
    ICurrentTenant tenant,
    NotificationMails mails,
    DigestOptions options,
    TimeProvider clock,
    ILogger<DigestHandler> logger)
{
    private const int MaxItemsPerSection = 20;

    public static string DedupKey(string kind, Guid cityId, Guid userId, string period) => $"{kind}:{cityId:N}:{userId:N}:{period}";

    public async Task<DigestRunResult> RunCityAsync(DateTime scheduledUtc, CancellationToken cancellationToken = default)
    {
        var cityId = tenant.Id ?? throw new EntityNotFoundException("City");
        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == cityId, cancellationToken).ConfigureAwait(false);
        var run = new Run(city, DigestPeriod.Day(scheduledUtc), DigestPeriod.IsWeeklyDay(scheduledUtc) ? DigestPeriod.Week(scheduledUtc) : null);
        run.Work = await WorkFiguresAsync(cancellationToken).ConfigureAwait(false);

        var recipients = await db.Notifications.AsNoTracking().Where(n => n.MailedAt == null).Select(n => n.UserId).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        recipients.Sort();
        int queued = 0, already = 0;
        foreach (var batch in recipients.Chunk(Math.Max(1, options.BatchSize)))
        {
            (int q, int a) result;
            try
            {
                result = await RunBatchAsync(run, batch, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException ex)
            {
                // Another node (or an overlapping run) wrote some of these digests first: its
                // transaction won, ours rolled back whole. Redo the batch one person at a time.
                LogBatchConflict(logger, city.Slug, ex.InnerException?.Message ?? ex.Message);
                db.ChangeTracker.Clear();
                result = (0, 0);
                foreach (var one in batch)
                {
                    try
                    {
                        var r = await RunBatchAsync(run, [one], cancellationToken).ConfigureAwait(false);
                        result = (result.q + r.Queued, result.a + r.AlreadySent);
                    }
                    catch (DbUpdateException)
                    {
                        db.ChangeTracker.Clear();
                        result = (result.q, result.a + 1);
                    }
                }
            }

            queued += result.q;
            already += result.a;
            if (options.BatchPause > TimeSpan.Zero)
            {
                await Task.Delay(options.BatchPause, clock, cancellationToken).ConfigureAwait(false);
            }
        }

        var outcome = new DigestRunResult(recipients.Count, queued, already);
        LogRun(logger, city.Slug, run.Day, outcome.Recipients, outcome.Queued, outcome.AlreadySent);
        return outcome;
    }

    private async Task<(int Queued, int AlreadySent)> RunBatchAsync(Run run, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var notes = await db.Notifications.Where(n => n.MailedAt == null && users.Contains(n.UserId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (notes.Count == 0)
        {
            return (0, 0);
        }

        var frequency = await NotificationPreferencesAppService.EffectiveAllAsync(db, users, cancellationToken).ConfigureAwait(false);
        var people = await db.Users.AsNoTracking().Where(u => users.Contains(u.Id))
            .Select(u => new Person(u.Id, u.Email, u.EmailConfirmed, u.PreferredLanguage)).ToDictionaryAsync(u => u.Id, cancellationToken).ConfigureAwait(false);
        var ideaIds = notes.Select(n => n.IdeaId).Distinct().ToList();
        var ideas = await db.Ideas.AsNoTracking().Where(i => ideaIds.Contains(i.Id))
            .Select(i => new IdeaFacts(i.Id, i.Title, i.Status, i.VoteCount, i.ResponseDueAt)).ToDictionaryAsync(i => i.Id, cancellationToken).ConfigureAwait(false);
        var sourceIds = notes.Select(n => n.SourceId).Distinct().ToList();
        var responses = await db.IdeaResponses.AsNoTracking().Where(r => sourceIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.ToStatus, cancellationToken).ConfigureAwait(false);
        var roles = await db.CityRoleAssignments.AsNoTracking().Where(r => users.Contains(r.UserId))
            .Select(r => new { r.UserId, r.Role }).ToListAsync(cancellationToken).ConfigureAwait(false);

        var keys = users.SelectMany(u => new[]
        {
            DedupKey(MailKinds.DailyDigest, run.City.Id, u, run.Day),
            DedupKey(MailKinds.WeeklyDigest, run.City.Id, u, run.Week ?? string.Empty),
        }).ToList();
        var sent = (await db.OutboxMails.AsNoTracking().Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);

        int queued = 0, already = 0;
        foreach (var group in notes.GroupBy(n => n.UserId))
        {
            var userId = group.Key;
            var person = people.GetValueOrDefault(userId);
            var mailable = person is { EmailConfirmed: true } && MailGuard.IsValidAddress(person.Email);
            var daily = new List<Notification>();
            var weekly = new List<Notification>();
            foreach (var n in group)
            {
                var wanted = frequency(userId, n.Kind);
                var idea = ideas.GetValueOrDefault(n.IdeaId);
                var visible = idea is not null && (idea.Status != IdeaStatus.Hidden || NotificationKinds.Work.Contains(n.Kind));
                if (!mailable || !visible || wanted == NotificationFrequency.Never)
                {
                    n.MarkMailed(now);
                }
                else if (wanted == NotificationFrequency.Weekly)
                {
                    weekly.Add(n);
                }
                else
                {
                    // Daily, or an immediate one that could not be mailed at the time.
                    daily.Add(n);
                }
            }

            var staff = roles.Where(r => r.UserId == userId).Select(r => r.Role).ToHashSet();
            if (daily.Count > 0)
            {
                var key = DedupKey(MailKinds.DailyDigest, run.City.Id, userId, run.Day);
                if (sent.Contains(key))
                {
                    already++;
                }
                else
                {
                    Queue(run, person!, MailKinds.DailyDigest, UnsubscribeScopes.DailyDigest, key, daily, ideas, responses, staff, now);
                    queued++;
                }
            }

            if (weekly.Count > 0 && run.Week is { } week)
            {
                var key = DedupKey(MailKinds.WeeklyDigest, run.City.Id, userId, week);
                if (sent.Contains(key))
                {
                    already++;
                }
                else
                {
                    Queue(run, person!, MailKinds.WeeklyDigest, UnsubscribeScopes.WeeklyDigest, key, weekly, ideas, responses, staff, now);
                    queued++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return (queued, already);
    }

    private void Queue(Run run, Person person, string kind, string scope, string key, List<Notification> items, Dictionary<Guid, IdeaFacts> ideas, Dictionary<Guid, IdeaStatus> responses, HashSet<CityRole> staff, DateTime now)
    {
        var lang = Languages.Normalize(person.Language);
        var cityName = run.City.Name(lang);
        var weekly = kind == MailKinds.WeeklyDigest;
        var sections = new List<MailSection>();
        var slug = run.City.Slug;

        var answered = items.Where(n => n.Kind == NotificationKinds.Response).GroupBy(n => n.IdeaId).Select(g =>
        {
            var idea = ideas[g.Key];
            var latest = g.OrderByDescending(n => n.CreatedAt).Select(n => responses.TryGetValue(n.SourceId, out var s) ? s : idea.Status).First();
            return new MailItem(idea.Title, mails.F("Digest.Item.Response", lang, mails.StatusName(latest.ToString(), lang)), mails.IdeaUrl(slug, idea.Id));
        }).ToList();
        Add(sections, mails.T("Digest.Section.Responses", lang), answered);

        var comments = items.Where(n => n.Kind == NotificationKinds.Comment).GroupBy(n => n.IdeaId).Select(g =>
            new MailItem(ideas[g.Key].Title, mails.F("Digest.Item.Comments", lang, g.Count()), mails.IdeaUrl(slug, g.Key) + "#comments")).ToList();
        Add(sections, mails.T("Digest.Section.Comments", lang), comments);

        var threshold = items.Where(n => n.Kind == NotificationKinds.ThresholdReached).Select(n => ideas[n.IdeaId]).DistinctBy(i => i.Id).Select(i =>
            new MailItem(i.Title, mails.F("Digest.Item.Threshold", lang, i.VoteCount, i.ResponseDueAt is { } due ? HelsinkiTime.FormatDate(due, lang) : "-"), mails.IdeaUrl(slug, i.Id))).ToList();
        Add(sections, mails.T("Digest.Section.Threshold", lang), threshold, staff.Contains(CityRole.Official) && run.Work is { } w1 ? mails.F("Digest.Work.Overdue", lang, w1.Overdue, w1.DueThisWeek) : null);

        var moderation = items.Where(n => n.Kind == NotificationKinds.AwaitingModeration).Select(n => ideas[n.IdeaId]).DistinctBy(i => i.Id).Select(i =>
            new MailItem(i.Title, mails.T("Digest.Item.Moderation", lang), mails.IdeaUrl(slug, i.Id))).ToList();
        Add(sections, mails.T("Digest.Section.Moderation", lang), moderation, staff.Contains(CityRole.Moderator) && run.Work is { } w2 ? mails.F("Digest.Work.Queue", lang, w2.Queue) : null);

        var subject = mails.F(weekly ? "Digest.Weekly.Subject" : "Digest.Daily.Subject", lang, cityName);
        var intro = mails.F(weekly ? "Digest.Weekly.Intro" : "Digest.Daily.Intro", lang, cityName, items.Count);
        var content = mails.Digest(lang, subject, subject, intro, sections, person.Id, scope);
        db.OutboxMails.Add(new OutboxMail(Guid.CreateVersion7(now), run.City.Id, person.Email!, content.Subject, content.Text, content.Html, kind, key, now)
        {
            UnsubscribeUrl = mails.UnsubscribeUrl(person.Id, scope),
            RecipientUserId = person.Id,
        });
        foreach (var n in items)
        {
            n.MarkMailed(now);
        }
    }

    private static void Add(List<MailSection> sections, string heading, List<MailItem> items, string? summary = null)
    {
        if (items.Count > 0)
        {
            sections.Add(new MailSection(heading, items.Take(MaxItemsPerSection).ToList(), summary));
        }
    }

    /// <summary>The city's queue and deadlines, the same for every staff member of the run.</summary>
    private async Task<WorkFigures> WorkFiguresAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var week = now.AddDays(7);
        var queue = await db.Ideas.CountAsync(i => i.Status == IdeaStatus.AwaitingModeration, cancellationToken).ConfigureAwait(false)
            + await db.ContentReports.Where(r => r.ResolvedAt == null).Select(r => r.TargetId).Distinct().CountAsync(cancellationToken).ConfigureAwait(false);
        var open = db.Ideas.Where(i => i.ResponseDueAt != null && (i.Status == IdeaStatus.Published || i.Status == IdeaStatus.UnderReview));
        var overdue = await open.CountAsync(i => i.ResponseDueAt < now, cancellationToken).ConfigureAwait(false);
        var dueSoon = await open.CountAsync(i => i.ResponseDueAt >= now && i.ResponseDueAt < week, cancellationToken).ConfigureAwait(false);
        return new WorkFigures(queue, overdue, dueSoon);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest run for {City} ({Day}): {Recipients} recipients, {Queued} queued, {Already} already sent")]
    private static partial void LogRun(ILogger logger, string city, string day, int recipients, int queued, int already);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest batch for {City} lost a race to another run ({Reason}); redoing it one recipient at a time")]
    private static partial void LogBatchConflict(ILogger logger, string city, string reason);

    private sealed record Person(Guid Id, string? Email, bool EmailConfirmed, string Language);

    private sealed record IdeaFacts(Guid Id, string Title, IdeaStatus Status, int VoteCount, DateTime? ResponseDueAt);

    private sealed record WorkFigures(int Queue, int Overdue, int DueThisWeek);

    private sealed record Run(City City, string Day, string? Week)
    {
        public WorkFigures? Work { get; set; }
    }
}
