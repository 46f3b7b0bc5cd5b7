using System.Globalization;
using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Tenancy;

/// <summary>Cities as the platform lists them, and the front page of the current city.</summary>
public sealed class CityAppService(ICoDesignDbContext db, ICurrentTenant currentTenant, Coordination.CoordinationFiguresCache cache, TimeProvider clock)
{
    private static readonly IdeaStatus[] PublicStatuses =
    [
        IdeaStatus.Published, IdeaStatus.UnderReview, IdeaStatus.Accepted, IdeaStatus.InProgress,
        IdeaStatus.Implemented, IdeaStatus.NotPursued,
    ];

    public static IReadOnlyCollection<IdeaStatus> PublicIdeaStatuses => PublicStatuses;

    public async Task<IReadOnlyList<CityRef>> GetActiveCityRefsAsync(CancellationToken cancellationToken = default) =>
        await db.Cities.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.NameFi)
            .Select(c => new CityRef(c.Id, c.Slug, c.NameFi, c.NameSv, c.NameEn))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The platform front page: each city with public totals. This is a cross-city aggregate of
    /// public counts only, so it reads past the city filter on purpose.
    /// </summary>
    public async Task<IReadOnlyList<CityDto>> GetCitiesAsync(CancellationToken cancellationToken = default)
    {
        var cities = await db.Cities.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.NameFi)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Totals over every idea of every city: kept a while per node (Coordination:CacheDuration).
        var token = cache.Enabled ? CancellationToken.None : cancellationToken;
        var stats = await cache.GetOrCreateAsync("platform-figures", async () => await db.Ideas.IgnoreQueryFilters([TenantFilter.Name])
            .Where(i => PublicStatuses.Contains(i.Status))
            .GroupBy(i => i.TenantId)
            .Select(g => new Totals(g.Key, g.Count(), g.Sum(i => i.VoteCount), 0))
            .ToDictionaryAsync(x => x.Key, token).ConfigureAwait(false)).ConfigureAwait(false);
        return cities.Select(c =>
        {
            stats.TryGetValue(c.Id, out var s);
            return new CityDto(c.Id, c.Slug, c.NameFi, c.NameSv, c.NameEn, s?.Ideas ?? 0, s?.Votes ?? 0);
        }).ToList();
    }

    public async Task<CityHomeDto> GetHomeAsync(string language, CancellationToken cancellationToken = default)
    {
        var cityId = currentTenant.Id ?? throw new EntityNotFoundException("City");
        var city = await db.Cities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cityId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("City");

        var publicIdeas = db.Ideas.AsNoTracking().Where(i => PublicStatuses.Contains(i.Status) && !i.ProvisionallyHidden);

        // The city's totals and ideas per category read every idea of the city: kept a while per
        // node (Coordination:CacheDuration); the popular and newest ideas below are always fresh.
        var token = cache.Enabled ? CancellationToken.None : cancellationToken;
        var figures = await cache.GetOrCreateAsync(string.Create(CultureInfo.InvariantCulture, $"city-figures|{cityId}"), async () =>
        {
            var totals = await publicIdeas.GroupBy(_ => 1)
                .Select(g => new Totals(Guid.Empty, g.Count(), g.Sum(i => i.VoteCount), g.Sum(i => i.CommentCount)))
                .FirstOrDefaultAsync(token).ConfigureAwait(false);
            var perCategory = await publicIdeas.GroupBy(i => i.CategoryId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, token).ConfigureAwait(false);
            return new CityFigures(totals ?? new Totals(Guid.Empty, 0, 0, 0), perCategory);
        }).ConfigureAwait(false);

        var categories = await (
            from c in db.Categories.AsNoTracking()
            join t in db.Themes.AsNoTracking() on c.ThemeId equals t.Id
            orderby c.SortOrder
            select new
            {
                c.Id,
                c.Key,
                c.NameFi,
                c.NameSv,
                c.NameEn,
                ThemeKey = t.Key,
                ThemeFi = t.NameFi,
                ThemeSv = t.NameSv,
                ThemeEn = t.NameEn,
            }).ToListAsync(cancellationToken).ConfigureAwait(false);

        var names = categories.ToDictionary(c => c.Id, c => Pick(language, c.NameFi, c.NameSv, c.NameEn));
        var popular = await SummariesAsync(publicIdeas.OrderByDescending(i => i.VoteCount).ThenByDescending(i => i.PublishedAt), names, cancellationToken).ConfigureAwait(false);
        var newest = await SummariesAsync(publicIdeas.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id), names, cancellationToken).ConfigureAwait(false);

        return new CityHomeDto(
            new CityRef(city.Id, city.Slug, city.NameFi, city.NameSv, city.NameEn),
            figures.Totals.Ideas,
            figures.Totals.Votes,
            figures.Totals.Comments,
            city.IsVotingOpenAt(clock.GetUtcNow().UtcDateTime),
            categories.Select(c => new CategorySummaryDto(c.Id, c.Key, Pick(language, c.NameFi, c.NameSv, c.NameEn), c.ThemeKey, Pick(language, c.ThemeFi, c.ThemeSv, c.ThemeEn), figures.PerCategory.GetValueOrDefault(c.Id))).ToList(),
            popular,
            newest);
    }

    /// <summary>The current city's categories with their themes, in the city's order.</summary>
    public async Task<IReadOnlyList<CategorySummaryDto>> GetCategoriesAsync(string language, CancellationToken cancellationToken = default)
    {
        var rows = await (from c in db.Categories.AsNoTracking()
                          join t in db.Themes.AsNoTracking() on c.ThemeId equals t.Id
                          orderby c.SortOrder
                          select new { c.Id, c.Key, c.NameFi, c.NameSv, c.NameEn, ThemeKey = t.Key, ThemeFi = t.NameFi, ThemeSv = t.NameSv, ThemeEn = t.NameEn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(c => new CategorySummaryDto(c.Id, c.Key, Pick(language, c.NameFi, c.NameSv, c.NameEn), c.ThemeKey, Pick(language, c.ThemeFi, c.ThemeSv, c.ThemeEn), 0)).ToList();
    }

    private static async Task<IReadOnlyList<IdeaSummaryDto>> SummariesAsync(IQueryable<Idea> query, Dictionary<Guid, string> categoryNames, CancellationToken cancellationToken)
    {
        var rows = await query.Take(5)
            .Select(i => new { i.Id, i.Title, i.Body, i.CategoryId, i.Status, i.VoteCount, i.CommentCount, i.District, i.PublishedAt, i.CreatedAt, i.Language })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new IdeaSummaryDto(
            r.Id,
            r.Title,
            Excerpt.Of(r.Body, 180),
            categoryNames.GetValueOrDefault(r.CategoryId, string.Empty),
            r.Status.ToString(),
            r.VoteCount,
            r.CommentCount,
            r.District,
            r.PublishedAt ?? r.CreatedAt,
            r.Language)).ToList();
    }

    private static string Pick(string language, string fi, string sv, string en) => Languages.Pick(language, fi, sv, en);

    private sealed record Totals(Guid Key, int Ideas, int Votes, int Comments);

    private sealed record CityFigures(Totals Totals, Dictionary<Guid, int> PerCategory);
}
