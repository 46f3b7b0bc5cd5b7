using System.Globalization;
using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Coordination;

/// <summary>
/// "Also proposed in": published ideas of other cities that propose the same thing as an idea of
/// this city. Public facts only (title, city, status, votes), read through <see cref="CrossCityReader"/>.
/// </summary>
public sealed class AlsoProposedInAppService(ICoDesignDbContext db, CrossCityReader reader, ICurrentTenant currentTenant, CoordinationFiguresCache cache)
{
    private const int CandidateLimit = 300;

    /// <summary>Kept per idea for a while on each node (<see cref="CoordinationFiguresCache"/>): scoring the candidates costs tens of milliseconds of CPU on every idea page.</summary>
    public async Task<IReadOnlyList<CrossCityIdeaDto>> FindAsync(Guid ideaId, string language, int max = 5, CancellationToken cancellationToken = default)
    {
        var token = cache.Enabled ? CancellationToken.None : cancellationToken;
        return await cache.GetOrCreateAsync(
            string.Create(CultureInfo.InvariantCulture, $"also|{currentTenant.Id}|{ideaId}|{language}|{max}"),
            () => FindUncachedAsync(ideaId, language, max, token)).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<CrossCityIdeaDto>> FindUncachedAsync(Guid ideaId, string language, int max, CancellationToken cancellationToken)
    {
        var cityId = currentTenant.Id;
        var idea = await reader.PublishedIdeas().Where(i => i.Id == ideaId && i.TenantId == cityId)
            .Select(i => new { i.Id, i.TenantId, i.Title, i.SearchKeys })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (idea is null)
        {
            // An idea of this city that is not published has no matches; another city's is not found here.
            return await db.Ideas.AnyAsync(i => i.Id == ideaId, cancellationToken).ConfigureAwait(false) ? [] : throw new EntityNotFoundException("Idea");
        }

        var item = CrossCitySimilarity.Item(idea.Id, idea.TenantId, idea.Title, idea.SearchKeys);
        var probe = TextKeys.Keys(idea.Title).SelectMany(CivicLexicon.Variants).Distinct(StringComparer.Ordinal).Take(24).ToList();
        if (probe.Count == 0)
        {
            return [];
        }

        var any = CrossCityReader.WithAnyKey(reader.PublishedIdeas().Where(i => i.TenantId != idea.TenantId), probe);
        var candidates = await any.OrderByDescending(i => i.VoteCount).ThenBy(i => i.Id).Take(CandidateLimit)
            .Select(i => new { i.Id, i.TenantId, i.Title, i.SearchKeys, i.Language, i.Status, i.VoteCount, i.CommentCount })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return [];
        }

        var cities = await db.Cities.AsNoTracking().Where(c => c.IsActive)
            .Select(c => new { c.Id, c.Slug, c.NameFi, c.NameSv, c.NameEn })
            .ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
        var byId = candidates.Where(c => cities.ContainsKey(c.TenantId)).ToDictionary(c => c.Id);
        var matches = CrossCitySimilarity.Matches(item, byId.Values.Select(c => CrossCitySimilarity.Item(c.Id, c.TenantId, c.Title, c.SearchKeys)).ToList());
        return matches.Take(max).Select(m =>
        {
            var c = byId[m.Item.Id];
            var city = cities[c.TenantId];
            return new CrossCityIdeaDto(c.Id, city.Slug, Languages.Pick(language, city.NameFi, city.NameSv, city.NameEn), c.Title, c.Language, c.Status.ToString(), c.VoteCount, c.CommentCount);
        }).ToList();
    }
}
