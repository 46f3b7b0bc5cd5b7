namespace CoDesign.Application.Accountability;

/// <summary>An idea past the support threshold that still waits for the city's first response.</summary>
public sealed record DueIdeaDto(Guid Id, string Title, string CategoryName, int VoteCount, DateTime ThresholdReachedAt, DateTime DueAt, int DaysLeft);
