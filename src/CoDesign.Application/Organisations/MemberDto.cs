namespace CoDesign.Application.Organisations;

public sealed record MemberDto(Guid UserId, string DisplayName, bool IsManager, DateTime JoinedAt);
