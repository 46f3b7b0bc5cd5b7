namespace CoDesign.Application.Coordination;

/// <summary>A shared theme's key (only when adding) and its names in the three languages.</summary>
public sealed record ThemeInput(string? Key, string? NameFi, string? NameSv, string? NameEn);
