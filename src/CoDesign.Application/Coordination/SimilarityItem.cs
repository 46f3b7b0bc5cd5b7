namespace CoDesign.Application.Coordination;

/// <summary>An idea reduced to its language-neutral keys, for comparing across cities.</summary>
public sealed record SimilarityItem(Guid Id, Guid CityId, IReadOnlyList<string> TitleKeys, IReadOnlyList<string> BodyKeys, IReadOnlySet<string> AllKeys);
