namespace CoDesign.Application.Ideas;

public sealed record OrganisationOptionDto(Guid Id, string Name, string Kind);
