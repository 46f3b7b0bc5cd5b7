using CoDesign.Application.Ideas;
using CoDesign.Domain.Search;

namespace CoDesign.Application.Coordination;

/// <summary>
/// Which ideas of different cities propose the same thing. Ideas are compared on their
/// inflection-tolerant keys (<see cref="TextKeys"/>, so case endings and word order do not matter),
/// mapped through <see cref="CivicLexicon"/> so that Finnish and Swedish words for the same thing
/// meet, and scored with the same weighted title/body measure as the similar-ideas check
/// (<see cref="SimilarityScorer"/>), in both directions. Pairs above the threshold join groups.
/// </summary>
public static class CrossCitySimilarity
{
    public const double Threshold = 0.4;

    // A key shared by more than this share of the ideas says nothing about a pair ("city", "more").
    private const double CommonKeyShare = 0.2;

    public static SimilarityItem Item(Guid id, Guid cityId, string title, string searchKeys)
    {
        var titleKeys = TextKeys.Keys(title).Select(CivicLexicon.Canonical).Distinct(StringComparer.Ordinal).ToList();
        var all = SimilarityScorer.KeysOfIndex(searchKeys).Select(CivicLexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        all.UnionWith(titleKeys);
        var body = all.Where(k => !titleKeys.Contains(k)).ToList();
        return new SimilarityItem(id, cityId, titleKeys, body, all);
    }

    /// <summary>Rarer keys weigh more; the weights come from the set of ideas being compared.</summary>
    public static Func<string, double> Idf(IReadOnlyCollection<SimilarityItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var df = DocumentFrequencies(items);
        var n = items.Count + 1.0;
        return k => Math.Log(1 + (n / (1 + df.GetValueOrDefault(k))));
    }

    /// <summary>Symmetric: the mean of each idea scored against the other.</summary>
    public static double Score(SimilarityItem a, SimilarityItem b, Func<string, double> idf)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return (SimilarityScorer.Score(a.TitleKeys, a.BodyKeys, b.TitleKeys, b.AllKeys, idf)
            + SimilarityScorer.Score(b.TitleKeys, b.BodyKeys, a.TitleKeys, a.AllKeys, idf)) / 2;
    }

    /// <summary>
    /// Groups of ideas from at least two cities, linked by pairs of different cities that score at
    /// or above the threshold; the most widespread groups first.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<SimilarityItem>> Groups(IReadOnlyList<SimilarityItem> items, double threshold = Threshold)
    {
        ArgumentNullException.ThrowIfNull(items);
        var idf = Idf(items);
        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var (a, b) in CandidatePairs(items))
        {
            if (items[a].CityId != items[b].CityId && Find(a) != Find(b) && Score(items[a], items[b], idf) >= threshold)
            {
                parent[Find(a)] = Find(b);
            }
        }

        return Enumerable.Range(0, items.Count)
            .GroupBy(Find)
            .Select(g => (IReadOnlyList<SimilarityItem>)g.Select(i => items[i]).ToList())
            .Where(g => g.Select(i => i.CityId).Distinct().Count() >= 2)
            .OrderByDescending(g => g.Select(i => i.CityId).Distinct().Count())
            .ThenByDescending(g => g.Count)
            .ToList();
    }

    /// <summary>The ideas of other cities that match <paramref name="item"/>, best first, scored among <paramref name="others"/>.</summary>
    public static IReadOnlyList<(SimilarityItem Item, double Score)> Matches(SimilarityItem item, IReadOnlyList<SimilarityItem> others, double threshold = Threshold)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(others);
        var idf = Idf([item, .. others]);
        return others.Where(o => o.CityId != item.CityId && o.Id != item.Id)
            .Select(o => (o, Score(item, o, idf)))
            .Where(x => x.Item2 >= threshold)
            .OrderByDescending(x => x.Item2)
            .ToList();
    }

    /// <summary>Pairs sharing at least one title key that is not common to most ideas.</summary>
    private static IEnumerable<(int A, int B)> CandidatePairs(IReadOnlyList<SimilarityItem> items)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var key in items[i].TitleKeys)
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(i);
            }
        }

        var limit = Math.Max(12, (int)(items.Count * CommonKeyShare));
        var seen = new HashSet<(int, int)>();
        foreach (var list in postings.Values.Where(l => l.Count <= limit))
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    if (seen.Add((list[x], list[y])))
                    {
                        yield return (list[x], list[y]);
                    }
                }
            }
        }
    }

    private static Dictionary<string, int> DocumentFrequencies(IEnumerable<SimilarityItem> items)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var k in item.AllKeys)
            {
                df[k] = df.GetValueOrDefault(k) + 1;
            }
        }

        return df;
    }
}
