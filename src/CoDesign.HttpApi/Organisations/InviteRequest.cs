namespace CoDesign.HttpApi.Organisations;

public sealed record InviteRequest(string? Email, string? Language);
