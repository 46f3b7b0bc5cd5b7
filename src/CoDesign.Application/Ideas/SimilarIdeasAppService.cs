using CoDesign.Application.Persistence;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>
/// Before an idea is saved, the author is shown up to five similar ideas: the same city first, then
/// other cities for information. This is an explicit cross-city read of public ideas only (title,
/// city, status, votes), never of people, through <see cref="Coordination.CrossCityReader"/>.
/// </summary>
public sealed class SimilarIdeasAppService(ICoDesignDbContext db, Coordination.CrossCityReader reader, ICurrentTenant currentTenant)
{
    private const int CandidateLimit = 400;

    public async Task<IReadOnlyList<SimilarIdeaDto>> FindAsync(string title, string? body, string language, int max = 5, Guid? excludeId = null, CancellationToken cancellationToken = default)
    {
        var titleKeys = TextKeys.Keys(title);
        var bodyKeys = TextKeys.Keys(body);
        var probe = titleKeys.Concat(bodyKeys.Take(8)).Distinct(StringComparer.Ordinal).Take(14).ToList();
        if (titleKeys.Count == 0)
        {
            return [];
        }

        var cityId = currentTenant.Id;
        var ideas = reader.PublishedIdeas();
        if (excludeId is { } ex)
        {
            ideas = ideas.Where(i => i.Id != ex);
        }

        var any = Coordination.CrossCityReader.WithAnyKey(ideas, probe);
        var candidates = await any.OrderByDescending(i => i.VoteCount).Take(CandidateLimit)
            .Select(i => new { i.Id, i.TenantId, i.Title, i.Language, i.Status, i.VoteCount, i.SearchKeys })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return [];
        }

        var keySets = candidates.ToDictionary(c => c.Id, c => SimilarityScorer.KeysOfIndex(c.SearchKeys));
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in keySets.Values)
        {
            foreach (var k in set)
            {
                df[k] = df.GetValueOrDefault(k) + 1;
            }
        }

        var n = candidates.Count + 1.0;
        double Idf(string k) => Math.Log(1 + (n / (1 + df.GetValueOrDefault(k))));

        var cities = await db.Cities.AsNoTracking().Select(c => new { c.Id, c.Slug, c.NameFi, c.NameSv, c.NameEn })
            .ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
        var scored = candidates
            .Select(c => (c, score: SimilarityScorer.Score(titleKeys, bodyKeys, SimilarityScorer.TitleKeys(c.Title), keySets[c.Id], Idf)))
            .Where(x => x.score >= SimilarityScorer.Threshold)
            .OrderByDescending(x => x.c.TenantId == cityId)
            .ThenByDescending(x => x.score)
            .Take(max)
            .Select(x =>
            {
                var city = cities[x.c.TenantId];
                var name = Localization.Languages.Pick(language, city.NameFi, city.NameSv, city.NameEn);
                return new SimilarIdeaDto(x.c.Id, city.Slug, name, x.c.TenantId == cityId, x.c.Title, x.c.Language, x.c.Status.ToString(), x.c.VoteCount, Math.Round(x.score, 3));
            })
            .ToList();
        return scored;
    }
}
