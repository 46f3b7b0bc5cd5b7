namespace CoDesign.Application.Ideas;

/// <summary>A person's own participation across all cities.</summary>
public sealed record MyParticipationDto(IReadOnlyList<MyIdeaDto> Ideas, IReadOnlyList<MyIdeaDto> Voted, IReadOnlyList<MyIdeaDto> Followed);
