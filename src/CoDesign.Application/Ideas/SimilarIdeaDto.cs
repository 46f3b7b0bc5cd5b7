namespace CoDesign.Application.Ideas;

/// <summary>An existing idea that resembles a new one; ideas of other cities are marked as such.</summary>
public sealed record SimilarIdeaDto(Guid Id, string CitySlug, string CityName, bool SameCity, string Title, string Language, string Status, int VoteCount, double Score);
