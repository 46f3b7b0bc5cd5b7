namespace CoDesign.Application.Ideas;

/// <summary>A comment with its replies; a deleted one keeps its place with no text.</summary>
public sealed record CommentDto(
    Guid Id,
    Guid? ParentId,
    string AuthorName,
    bool IsOfficial,
    string Body,
    DateTime CreatedAt,
    DateTime? EditedAt,
    bool IsDeleted,
    bool CanEdit,
    bool CanDelete,
    IReadOnlyList<CommentDto> Replies,
    bool IsHidden = false,
    string? HiddenReason = null);
