namespace CoDesign.Application.Tenancy;

/// <summary>A city category: its own names in three languages and the shared theme it maps to.</summary>
public sealed record CategoryInput(string? Key, string? ThemeKey, string? NameFi, string? NameSv, string? NameEn);
