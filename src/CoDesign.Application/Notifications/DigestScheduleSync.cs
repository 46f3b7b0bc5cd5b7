using CoDesign.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

/// <summary>What a schedule sync did.</summary>
public sealed record DigestScheduleSyncResult(int Scheduled, int Removed)
{
    public override string ToString() => $"{Scheduled} city digest schedules in force, {Removed} removed";
}

/// <summary>
/// Makes the scheduler's city digest schedules match the cities' settings: at start-up, after a city
/// admin saves, and periodically, so a city added at run time, a closed city or a change saved while
/// the scheduler was unreachable is picked up without anyone having to remember it.
/// </summary>
public sealed class DigestScheduleSync(ICoDesignDbContext db, IJobScheduler scheduler)
{
    public async Task<DigestScheduleSyncResult> SyncAsync(CancellationToken cancellationToken = default)
    {
        var cities = await db.Cities.AsNoTracking().Where(c => c.IsActive).Select(c => new { c.Id, c.Slug, c.DigestCron })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var city in cities)
        {
            await scheduler.ScheduleCityDigestAsync(city.Id, city.Slug, city.DigestCron, cancellationToken).ConfigureAwait(false);
        }

        var active = cities.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var slug in await scheduler.ScheduledCityDigestsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!active.Contains(slug))
            {
                await scheduler.RemoveCityDigestAsync(slug, cancellationToken).ConfigureAwait(false);
                removed++;
            }
        }

        return new DigestScheduleSyncResult(cities.Count, removed);
    }
}
