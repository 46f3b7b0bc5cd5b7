namespace CoDesign.HttpApi.Account;

public sealed record LoginRequest(string? Email, string? Password);
