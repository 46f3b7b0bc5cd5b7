using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Workshops;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Workshops;

/// <summary>
/// The reminder the day before: from 09:00 Helsinki time on the day before a workshop, each person
/// with a seat who registered before then gets one mail. Run by a recurring job every few minutes
/// across all cities. Exactly once: the registration's reminder stamp and the mail are saved
/// together, the mail's dedup key names the registration and the workshop's start, and a run that
/// loses a race with another node's run (the same key) saves nothing. A workshop that moves gets
/// a reminder for its new time.
/// </summary>
public sealed class WorkshopReminderHandler(ICoDesignDbContext db, WorkshopMails mails, ICurrentTenant tenant, TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <summary>The moment the reminder of a workshop starting at <paramref name="startsAtUtc"/> is due.</summary>
    public static DateTime DueAt(DateTime startsAtUtc) =>
        TimeZoneInfo.ConvertTimeToUtc(HelsinkiTime.DateOf(startsAtUtc).AddDays(-1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Unspecified), HelsinkiTime.Zone);

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(2);
        var workshops = await db.Workshops.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(w => w.CancelledAt == null && w.StartsAt > now && w.StartsAt <= horizon)
            .Select(w => new { w.Id, w.TenantId, w.StartsAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sent = 0;
        foreach (var due in workshops.Where(w => DueAt(w.StartsAt) <= now))
        {
            var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == due.TenantId, cancellationToken).ConfigureAwait(false);
            using (tenant.Change(city.Id, city.Slug))
            {
                sent += await RemindAsync(due.Id, city, DueAt(due.StartsAt), now, cancellationToken).ConfigureAwait(false);
            }
        }

        return sent;
    }

    private async Task<int> RemindAsync(Guid workshopId, Domain.Tenancy.City city, DateTime dueAt, DateTime now, CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            var workshop = await db.Workshops.AsNoTracking().FirstAsync(w => w.Id == workshopId, cancellationToken).ConfigureAwait(false);
            var batch = await db.WorkshopRegistrations
                .Where(r => r.WorkshopId == workshopId && r.Status == RegistrationStatus.Confirmed && r.ReminderSentAt == null)
                .OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return sent;
            }

            foreach (var registration in batch)
            {
                // A person who took the seat after the reminder time has just had the confirmation.
                if (registration.StatusChangedAt < dueAt && await mails.QueueAsync(WorkshopMails.Reminder, workshop, registration, city, now, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    sent++;
                }

                registration.MarkReminded(now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another node's run reminded these people first (the mail's key is taken): forget this batch and read again.
                db.ChangeTracker.Clear();
                sent -= batch.Count(r => r.StatusChangedAt < dueAt);
                sent = Math.Max(sent, 0);
            }

            db.ChangeTracker.Clear();
        }
    }
}
