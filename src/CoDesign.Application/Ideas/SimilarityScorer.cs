using CoDesign.Domain.Search;

namespace CoDesign.Application.Ideas;

/// <summary>
/// How much two ideas propose the same thing. Both are reduced to inflection-tolerant keys
/// (word order and case endings do not matter); shared keys count by how rare they are among the
/// candidates, and the titles count more than the bodies.
/// </summary>
public static class SimilarityScorer
{
    public const double Threshold = 0.3;

    public static double Score(IReadOnlyCollection<string> queryTitleKeys, IReadOnlyCollection<string> queryBodyKeys, IReadOnlyCollection<string> candidateTitleKeys, IReadOnlySet<string> candidateAllKeys, Func<string, double> idf)
    {
        ArgumentNullException.ThrowIfNull(queryTitleKeys);
        ArgumentNullException.ThrowIfNull(queryBodyKeys);
        ArgumentNullException.ThrowIfNull(candidateTitleKeys);
        ArgumentNullException.ThrowIfNull(candidateAllKeys);
        ArgumentNullException.ThrowIfNull(idf);

        // Title against title: weighted Dice coefficient.
        var candidateTitle = candidateTitleKeys.ToHashSet(StringComparer.Ordinal);
        var shared = queryTitleKeys.Where(candidateTitle.Contains).Sum(idf);
        var total = queryTitleKeys.Sum(idf) + candidateTitleKeys.Sum(idf);
        var title = total == 0 ? 0 : 2 * shared / total;

        // Everything the author wrote against everything the candidate says.
        var all = queryTitleKeys.Concat(queryBodyKeys).Distinct(StringComparer.Ordinal).ToList();
        var allWeight = all.Sum(idf);
        var covered = allWeight == 0 ? 0 : all.Where(candidateAllKeys.Contains).Sum(idf) / allWeight;

        return (0.65 * title) + (0.35 * covered);
    }

    public static IReadOnlySet<string> KeysOfIndex(string searchKeys) =>
        (searchKeys ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> TitleKeys(string title) => TextKeys.Keys(title);
}
