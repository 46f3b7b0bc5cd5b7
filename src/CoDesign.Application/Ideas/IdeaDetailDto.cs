namespace CoDesign.Application.Ideas;

/// <summary>Everything the idea page shows, including what the viewer may do.</summary>
public sealed record IdeaDetailDto(
    Guid Id,
    string Title,
    string BodyHtml,
    string Language,
    Guid CategoryId,
    string CategoryName,
    string ThemeName,
    string Status,
    string? District,
    double? Latitude,
    double? Longitude,
    string AuthorName,
    string? OrganisationName,
    string Channel,
    int VoteCount,
    int CommentCount,
    int FollowerCount,
    DateTime PublishedAt,
    DateTime? ThresholdReachedAt,
    DateTime? ResponseDueAt,
    bool VotingOpen,
    bool OpenForVoting,
    bool HasVoted,
    bool IsFollowing,
    IReadOnlyList<CommentDto> Comments);
