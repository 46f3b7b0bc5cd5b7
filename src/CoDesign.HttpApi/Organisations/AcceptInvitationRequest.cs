namespace CoDesign.HttpApi.Organisations;

public sealed record AcceptInvitationRequest(string? Token);
