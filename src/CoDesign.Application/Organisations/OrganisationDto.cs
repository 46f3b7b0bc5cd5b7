namespace CoDesign.Application.Organisations;

/// <summary>An organisation as its members see it.</summary>
public sealed record OrganisationDto(Guid Id, string Name, string Kind, string? BusinessId, string? CommunityType, bool IsManager, int MemberCount, IReadOnlyList<MemberDto> Members);
