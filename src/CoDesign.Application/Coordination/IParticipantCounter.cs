namespace CoDesign.Application.Coordination;

/// <summary>
/// Distinct participants (authors, voters, non-official commenters) of the published ideas of a
/// period, per theme × city, per theme, per city and in all, counted in one pass by the database.
/// At national scale the four counts over millions of votes are the coordination dashboard's
/// costliest part (docs/benchmarks.md).
/// </summary>
public interface IParticipantCounter
{
    /// <summary>
    /// The counts, or <c>null</c> where the database has no one-pass form (SQLite: no grouping
    /// sets); the caller then counts with one query per level.
    /// </summary>
    /// <param name="publishedFromUtc">The period's first instant.</param>
    /// <param name="publishedBeforeUtc">The instant after the period.</param>
    /// <param name="themeId">Only this theme's ideas, or all.</param>
    Task<ParticipantCounts?> CountAsync(DateTime publishedFromUtc, DateTime publishedBeforeUtc, Guid? themeId, CancellationToken cancellationToken = default);
}

/// <summary>Distinct people at each level of the dashboard.</summary>
public sealed record ParticipantCounts(
    IReadOnlyDictionary<(Guid ThemeId, Guid CityId), int> Cells,
    IReadOnlyDictionary<Guid, int> ByTheme,
    IReadOnlyDictionary<Guid, int> ByCity,
    int Total);
