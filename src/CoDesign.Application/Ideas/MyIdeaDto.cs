namespace CoDesign.Application.Ideas;

public sealed record MyIdeaDto(Guid Id, string CitySlug, string CityName, string Title, string Status, int VoteCount, DateTime At);
