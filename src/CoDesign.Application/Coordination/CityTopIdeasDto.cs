namespace CoDesign.Application.Coordination;

/// <summary>The most supported ideas of one city in a theme.</summary>
public sealed record CityTopIdeasDto(string CitySlug, string CityName, IReadOnlyList<CrossCityIdeaDto> Ideas);
