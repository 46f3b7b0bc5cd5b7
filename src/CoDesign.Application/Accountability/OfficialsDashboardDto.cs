namespace CoDesign.Application.Accountability;

/// <summary>The officials' work list: overdue, due within a week, and later.</summary>
public sealed record OfficialsDashboardDto(IReadOnlyList<DueIdeaDto> Overdue, IReadOnlyList<DueIdeaDto> DueSoon, IReadOnlyList<DueIdeaDto> Awaiting);
