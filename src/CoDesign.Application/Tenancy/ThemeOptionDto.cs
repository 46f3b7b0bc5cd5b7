namespace CoDesign.Application.Tenancy;

public sealed record ThemeOptionDto(string Key, string Name);
