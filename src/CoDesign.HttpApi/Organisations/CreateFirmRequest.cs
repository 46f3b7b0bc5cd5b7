namespace CoDesign.HttpApi.Organisations;

public sealed record CreateFirmRequest(string? Name, string? BusinessId);
