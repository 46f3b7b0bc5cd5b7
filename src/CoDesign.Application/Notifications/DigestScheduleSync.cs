using CoDesign.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

/// <summary>
/// Makes the scheduler's city digest triggers match the cities' settings: at start-up, after a city
/// admin saves, and periodically, so a city added at run time or a change saved while the scheduler
/// was unreachable is picked up without anyone having to remember it.
/// </summary>
public sealed class DigestScheduleSync(ICoDesignDbContext db, IJobScheduler scheduler)
{
    public async Task<int> SyncAsync(CancellationToken cancellationToken = default)
    {
        var cities = await db.Cities.AsNoTracking().Where(c => c.IsActive).Select(c => new { c.Id, c.Slug, c.DigestCron })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var city in cities)
        {
            await scheduler.ScheduleCityDigestAsync(city.Id, city.Slug, city.DigestCron, cancellationToken).ConfigureAwait(false);
        }

        return cities.Count;
    }
}
