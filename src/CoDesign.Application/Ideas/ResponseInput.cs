namespace CoDesign.Application.Ideas;

/// <summary>An official's response: the new status and the public text in one or more languages.</summary>
public sealed record ResponseInput(string? Status, string? TextFi, string? TextSv, string? TextEn);
