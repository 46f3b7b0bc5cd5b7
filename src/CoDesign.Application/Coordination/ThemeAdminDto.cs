namespace CoDesign.Application.Coordination;

/// <summary>A shared theme as coordinators manage it, with how many city categories map to it.</summary>
public sealed record ThemeAdminDto(string Key, string Name, string NameFi, string NameSv, string NameEn, int SortOrder, int Categories, int Cities);
