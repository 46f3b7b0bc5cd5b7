namespace CoDesign.Application.Coordination;

/// <summary>Ideas published per month for one theme (or one city); counts line up with the months list.</summary>
public sealed record TrendSeriesDto(string Key, string Name, IReadOnlyList<int> Ideas);
