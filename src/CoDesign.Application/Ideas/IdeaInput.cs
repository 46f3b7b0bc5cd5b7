namespace CoDesign.Application.Ideas;

/// <summary>What an author writes. City, author, status and counts are never taken from input.</summary>
public sealed record IdeaInput(
    string? Title,
    string? Body,
    Guid? CategoryId,
    string? District,
    double? Latitude,
    double? Longitude,
    string? Language,
    Guid? OrganisationId,
    Guid? ProcessId = null);
