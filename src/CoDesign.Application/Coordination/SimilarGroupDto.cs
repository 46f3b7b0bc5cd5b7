namespace CoDesign.Application.Coordination;

/// <summary>Ideas in two or more cities that propose the same thing: where cities could act together.</summary>
public sealed record SimilarGroupDto(IReadOnlyList<CrossCityIdeaDto> Ideas, int Cities, int Votes);
