namespace CoDesign.Application.Ideas;

/// <summary>
/// Everything the idea page shows, including what the viewer may do. <see cref="Comments"/> is one
/// page of the discussion: <see cref="CommentPage"/> of <see cref="CommentPageCount"/>, page 1
/// being the latest threads; <see cref="CommentThreadCount"/> counts the top-level comments.
/// </summary>
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
    IReadOnlyList<CommentDto> Comments,
    bool IsHidden = false,
    bool ProvisionallyHidden = false,
    string? HiddenReason = null,
    int CommentPage = 1,
    int CommentPageCount = 1,
    int CommentThreadCount = 0);
