namespace CoDesign.Application.Tenancy;

public sealed record CategoryAdminDto(Guid Id, string Key, string ThemeKey, string NameFi, string NameSv, string NameEn, int IdeaCount);
