namespace CoDesign.Application.Ideas;

/// <summary>An official response on an idea's timeline, in the reader's language where the city wrote one.</summary>
public sealed record ResponseDto(
    Guid Id,
    string FromStatus,
    string ToStatus,
    string Text,
    string TextLanguage,
    string OfficialName,
    DateTime CreatedAt,
    DateTime? CorrectedAt,
    string? TextFi,
    string? TextSv,
    string? TextEn,
    IReadOnlyList<ResponseRevisionDto> EarlierVersions);
