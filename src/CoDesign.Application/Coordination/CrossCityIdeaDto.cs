namespace CoDesign.Application.Coordination;

/// <summary>A published idea as coordination shows it: public facts only, never who wrote or voted.</summary>
public sealed record CrossCityIdeaDto(Guid Id, string CitySlug, string CityName, string Title, string Language, string Status, int VoteCount, int CommentCount);
