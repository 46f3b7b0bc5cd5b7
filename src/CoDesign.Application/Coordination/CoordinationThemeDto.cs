namespace CoDesign.Application.Coordination;

/// <summary>One theme in depth: its figures per city, the trend per city, top ideas and similar groups.</summary>
public sealed record CoordinationThemeDto(
    DateOnly From,
    DateOnly To,
    ThemeRefDto Theme,
    IReadOnlyList<CityNameDto> Cities,
    IReadOnlyList<CoordinationFiguresDto> Figures,
    IReadOnlyList<string> Months,
    IReadOnlyList<TrendSeriesDto> TrendByCity,
    IReadOnlyList<CityTopIdeasDto> TopIdeas,
    IReadOnlyList<SimilarGroupDto> SimilarGroups);
