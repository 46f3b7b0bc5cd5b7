namespace CoDesign.HttpApi.Account;

public sealed record MeDto(Guid Id, string Email, string DisplayName, string PreferredLanguage, IReadOnlyList<string> PlatformRoles);
