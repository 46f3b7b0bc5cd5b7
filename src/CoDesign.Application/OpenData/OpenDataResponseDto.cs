namespace CoDesign.Application.OpenData;

/// <summary>An official response as published on the idea's page, without the official's identity.</summary>
public sealed record OpenDataResponseDto(DateTime At, string FromStatus, string ToStatus, string? TextFi, string? TextSv, string? TextEn, DateTime? CorrectedAt);
