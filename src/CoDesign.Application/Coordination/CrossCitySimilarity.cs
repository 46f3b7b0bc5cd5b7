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

    // A key shared by more than this share of the ideas says nothing about a pair ("city", "more");
    // and however many ideas there are, a key pairs at most this many of them, so the work stays near linear.
    private const double CommonKeyShare = 0.2;
    private const int MaxPosting = 300;

    // Average linkage looks at no more than this many ideas of each group.
    private const int LinkageSample = 24;

    public static SimilarityItem Item(Guid id, Guid cityId, string title, string searchKeys)
    {
        var titleKeys = TextKeys.Keys(title).Where(k => !CivicLexicon.IsNoise(k)).Select(CivicLexicon.Canonical).Distinct(StringComparer.Ordinal).ToList();
        var all = SimilarityScorer.KeysOfIndex(searchKeys).Where(k => !CivicLexicon.IsNoise(k)).Select(CivicLexicon.Canonical).ToHashSet(StringComparer.Ordinal);
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
    /// Groups of ideas from at least two cities. Pairs of different cities that score at or above
    /// the threshold are joined best first, and two groups only merge when their ideas match on
    /// average (average linkage), so one idea sharing a word with two topics cannot chain them
    /// together. The most widespread groups come first.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<SimilarityItem>> Groups(IReadOnlyList<SimilarityItem> items, double threshold = Threshold)
    {
        ArgumentNullException.ThrowIfNull(items);
        var idf = Idf(items);
        var scores = new Dictionary<(int, int), double>();
        double ScoreOf(int a, int b)
        {
            var key = a < b ? (a, b) : (b, a);
            if (!scores.TryGetValue(key, out var score))
            {
                scores[key] = score = Score(items[key.Item1], items[key.Item2], idf);
            }

            return score;
        }

        var links = CandidatePairs(items)
            .Where(p => items[p.A].CityId != items[p.B].CityId)
            .Select(p => (p.A, p.B, Score: ScoreOf(p.A, p.B)))
            .Where(p => p.Score >= threshold)
            .OrderByDescending(p => p.Score)
            .ToList();
        var groupOf = Enumerable.Range(0, items.Count).ToArray();
        var members = Enumerable.Range(0, items.Count).ToDictionary(i => i, i => new List<int> { i });
        foreach (var (a, b, _) in links)
        {
            var (ga, gb) = (groupOf[a], groupOf[b]);
            if (ga == gb)
            {
                continue;
            }

            var cross = (from x in members[ga].Take(LinkageSample) from y in members[gb].Take(LinkageSample) where items[x].CityId != items[y].CityId select ScoreOf(x, y)).ToList();
            if (cross.Count > 0 && cross.Average() < threshold)
            {
                continue;
            }

            foreach (var m in members[gb])
            {
                groupOf[m] = ga;
            }

            members[ga].AddRange(members[gb]);
            members.Remove(gb);
        }

        return members.Values
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

        var limit = Math.Min(MaxPosting, Math.Max(12, (int)(items.Count * CommonKeyShare)));
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
