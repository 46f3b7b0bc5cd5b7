namespace CoDesign.Application.Coordination;

/// <summary>A shared theme: its stable key, its name in the reader's language and in all three.</summary>
public sealed record ThemeRefDto(string Key, string Name, string NameFi, string NameSv, string NameEn, int SortOrder);
