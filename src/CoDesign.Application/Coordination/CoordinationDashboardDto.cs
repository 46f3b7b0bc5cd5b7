namespace CoDesign.Application.Coordination;

/// <summary>
/// Theme × city over a period. <see cref="Figures"/> holds every cell (theme and city), the
/// per-theme totals (city null), the per-city totals (theme null) and the grand total (both null).
/// </summary>
public sealed record CoordinationDashboardDto(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ThemeRefDto> Themes,
    IReadOnlyList<CityNameDto> Cities,
    IReadOnlyList<CoordinationFiguresDto> Figures,
    IReadOnlyList<string> Months,
    IReadOnlyList<TrendSeriesDto> TrendByTheme,
    IReadOnlyList<SimilarGroupDto> SimilarGroups);
