namespace CoDesign.Application.Ideas;

public sealed record DraftDto(Guid Id, string Title, string Body, Guid CategoryId, string? District, double? Latitude, double? Longitude, string Language, Guid? OrganisationId, DateTime SavedAt, Guid? ProcessId = null);
