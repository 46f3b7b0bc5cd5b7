using System.Runtime.CompilerServices;
using CoDesign.Application.Coordination;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.OpenData;

/// <summary>
/// Open data of published ideas, for anyone, under CC BY 4.0. Rows are produced page by page
/// (keyset on the idea id) with each page's responses in one query, so an export of any size
/// keeps only one page in memory and the caller can write rows out as they come.
/// </summary>
public sealed class OpenDataAppService(ICoDesignDbContext db, CrossCityReader reader, IPublicUrls urls)
{
    public const int PageSize = 500;
    public const string Licence = "CC BY 4.0";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>Checks the city (null for all cities) before anything is written; an unknown one is not found.</summary>
    public async Task<string?> ResolveCityAsync(string? city, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(city))
        {
            return null;
        }

        // Only a slug's characters go to the database (a NUL would fail the query rather than match nothing).
        var slug = city.Trim().ToLowerInvariant();
        if (slug.Length > Domain.Tenancy.City.MaxSlugLength || !slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new EntityNotFoundException("City");
        }

        return await db.Cities.AsNoTracking().AnyAsync(c => c.Slug == slug && c.IsActive, cancellationToken).ConfigureAwait(false)
            ? slug
            : throw new EntityNotFoundException("City");
    }

    public async IAsyncEnumerable<OpenDataIdeaDto> IdeasAsync(string? citySlug, int pageSize = PageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 5_000);
        var cities = await db.Cities.AsNoTracking().Where(c => c.IsActive).Select(c => new { c.Id, c.Slug })
            .ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken).ConfigureAwait(false);
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken).ConfigureAwait(false);
        var categories = await reader.Categories().Select(c => new { c.Id, c.Key, c.ThemeId })
            .ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
        var ideas = reader.PublishedIdeas().Where(i => i.PublishedAt != null);
        if (citySlug is not null)
        {
            var cityId = cities.Single(c => c.Value == citySlug).Key;
            ideas = ideas.Where(i => i.TenantId == cityId);
        }

        Guid? after = null;
        while (true)
        {
            var query = after is { } last ? ideas.Where(i => i.Id.CompareTo(last) > 0) : ideas;
            var page = await query.OrderBy(i => i.Id).Take(pageSize)
                .Select(i => new { i.Id, i.TenantId, i.CategoryId, i.Title, i.Language, i.Status, i.Channel, i.District, PublishedAt = i.PublishedAt!.Value, i.LastActivityAt, i.FirstResponseAt, i.VoteCount, i.CommentCount })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                yield break;
            }

            var ids = page.Select(i => i.Id).ToList();
            var responses = (await reader.PublishedResponses().Where(r => ids.Contains(r.IdeaId))
                    .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
                    .Select(r => new { r.IdeaId, r.CreatedAt, r.FromStatus, r.ToStatus, r.TextFi, r.TextSv, r.TextEn, r.CorrectedAt })
                    .ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(r => r.IdeaId);
            foreach (var i in page.Where(i => cities.ContainsKey(i.TenantId)))
            {
                var category = categories[i.CategoryId];
                var city = cities[i.TenantId];
                yield return new OpenDataIdeaDto(
                    i.Id,
                    city,
                    themes[category.ThemeId],
                    category.Key,
                    i.Title,
                    i.Language,
                    i.Status.ToString(),
                    i.Channel == ParticipationChannel.Online ? "online" : "assisted",
                    i.District,
                    i.PublishedAt,
                    i.LastActivityAt,
                    i.FirstResponseAt,
                    i.VoteCount,
                    i.CommentCount,
                    urls.Absolute($"/{city}/ideas/{i.Id}"),
                    responses[i.Id].Select(r => new OpenDataResponseDto(r.CreatedAt, r.FromStatus.ToString(), r.ToStatus.ToString(), r.TextFi, r.TextSv, r.TextEn, r.CorrectedAt)).ToList());
            }

            after = page[^1].Id;
            if (page.Count < pageSize)
            {
                yield break;
            }
        }
    }
}
