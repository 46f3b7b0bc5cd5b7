using CoDesign.Domain.Organisations;

namespace CoDesign.HttpApi.Organisations;

public sealed record CreateCommunityRequest(string? Name, CommunityType? Type);
