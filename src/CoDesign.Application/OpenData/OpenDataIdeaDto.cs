namespace CoDesign.Application.OpenData;

/// <summary>
/// One published idea in the open data (docs/opendata.md): public facts only. No author, voter,
/// commenter or official is named or identified, and no e-mail address or organisation member is included.
/// </summary>
public sealed record OpenDataIdeaDto(
    Guid Id,
    string City,
    string Theme,
    string Category,
    string Title,
    string Language,
    string Status,
    string Channel,
    string? District,
    DateTime PublishedAt,
    DateTime LastActivityAt,
    DateTime? FirstResponseAt,
    int VoteCount,
    int CommentCount,
    string Url,
    IReadOnlyList<OpenDataResponseDto> Responses);
