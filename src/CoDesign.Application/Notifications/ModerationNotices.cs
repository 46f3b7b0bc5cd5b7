using CoDesign.Application.Persistence;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

/// <summary>Tells the city's moderators that something waits in their queue (added to the caller's unit of work).</summary>
public sealed class ModerationNotices(ICoDesignDbContext db, NotificationPublisher notifications)
{
    /// <param name="sourceId">What waits: the idea or the reported comment. One notice per thing and moderator.</param>
    public async Task AddAsync(City city, Guid ideaId, string ideaTitle, Guid sourceId, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(city);
        var moderators = await db.CityRoleAssignments.AsNoTracking().Where(r => r.TenantId == city.Id && r.Role == CityRole.Moderator)
            .Select(r => r.UserId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var facts = new NoticeFacts(NotificationKinds.AwaitingModeration, city.Slug, new LocalizedText(city.NameFi, city.NameSv, city.NameEn), ideaId, ideaTitle);
        await notifications.PublishAsync(facts, city.Id, sourceId, moderators, now, cancellationToken).ConfigureAwait(false);
    }
}
