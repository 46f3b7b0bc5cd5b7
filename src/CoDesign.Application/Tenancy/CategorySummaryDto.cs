namespace CoDesign.Application.Tenancy;

public sealed record CategorySummaryDto(Guid Id, string Key, string Name, string ThemeKey, string ThemeName, int IdeaCount);
