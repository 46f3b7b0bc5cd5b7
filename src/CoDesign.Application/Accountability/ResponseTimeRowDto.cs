namespace CoDesign.Application.Accountability;

/// <summary>Response-time figures for one group of threshold ideas (a category, or a month).</summary>
public sealed record ResponseTimeRowDto(string Label, int ThresholdIdeas, int Answered, int AnsweredOnTime, double? MedianDays, double? P90Days);
