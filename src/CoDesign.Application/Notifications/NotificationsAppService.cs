using CoDesign.Application.Ideas;
using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

/// <summary>One in-app notification, with what is needed to show and link it.</summary>
public sealed record NotificationDto(Guid Id, string Kind, string CitySlug, string CityName, Guid IdeaId, string? IdeaTitle, DateTime CreatedAt, bool IsRead);

public sealed record NotificationPageDto(IReadOnlyList<NotificationDto> Items, int Unread, int Page, bool HasMore);

/// <summary>
/// A person's own notifications from every city they take part in. Reading across cities is
/// allowed here only because every query is restricted to the signed-in person's own rows.
/// </summary>
public sealed class NotificationsAppService(ICoDesignDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public const int PageSize = 30;

    public async Task<NotificationPageDto> ListAsync(int page, bool unreadOnly, string language, CancellationToken cancellationToken = default)
    {
        var me = Me();
        page = Math.Clamp(page, 1, 10_000);
        var mine = db.Notifications.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(n => n.UserId == me);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken).ConfigureAwait(false);
        var query = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var rows = await (from n in query
                          join i in db.Ideas.IgnoreQueryFilters([TenantFilter.Name]) on n.IdeaId equals i.Id
                          join c in db.Cities on n.TenantId equals c.Id
                          orderby n.CreatedAt descending, n.Id descending
                          select new { n.Id, n.Kind, c.Slug, c.NameFi, c.NameSv, c.NameEn, n.IdeaId, i.Title, i.Status, n.CreatedAt, n.ReadAt })
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Take(PageSize).Select(r => new NotificationDto(
            r.Id,
            r.Kind,
            r.Slug,
            Localization.Languages.Pick(language, r.NameFi, r.NameSv, r.NameEn),
            r.IdeaId,
            r.Status == IdeaStatus.Hidden ? null : r.Title,
            r.CreatedAt,
            r.ReadAt is not null)).ToList();
        return new NotificationPageDto(items, unread, page, rows.Count > PageSize);
    }

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default) =>
        currentUser.Id is { } me
            ? await db.Notifications.IgnoreQueryFilters([TenantFilter.Name]).CountAsync(n => n.UserId == me && n.ReadAt == null, cancellationToken).ConfigureAwait(false)
            : 0;

    public async Task MarkReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var me = Me();
        var now = clock.GetUtcNow().UtcDateTime;

        // One statement, as in MarkAllReadAsync: the notifications page is outside any city, and a
        // tracked save of a city's row there is refused by the tenancy interceptor (a 404).
        var mine = db.Notifications.IgnoreQueryFilters([TenantFilter.Name]).Where(n => n.Id == id && n.UserId == me);
        var changed = await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken).ConfigureAwait(false);
        if (changed == 0 && !await mine.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new EntityNotFoundException("Notification");
        }
    }

    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var me = Me();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Notifications.IgnoreQueryFilters([TenantFilter.Name]).Where(n => n.UserId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken).ConfigureAwait(false);
    }

    private Guid Me() =>
        currentUser.Id ?? throw new BusinessException(ErrorCodes.Unauthenticated, "Sign in first.");
}
