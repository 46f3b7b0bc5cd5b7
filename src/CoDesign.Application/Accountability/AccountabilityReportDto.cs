namespace CoDesign.Application.Accountability;

/// <summary>The public accountability page: how well the city keeps its promise to answer.</summary>
public sealed record AccountabilityReportDto(
    int ThresholdIdeas,
    int Answered,
    int AnsweredOnTime,
    int StillOpen,
    int Overdue,
    double? MedianDays,
    double? P90Days,
    IReadOnlyList<ResponseTimeRowDto> ByCategory,
    IReadOnlyList<ResponseTimeRowDto> ByMonth,
    IReadOnlyDictionary<string, int> Outcomes,
    int SupportThreshold,
    int ResponseDays);
