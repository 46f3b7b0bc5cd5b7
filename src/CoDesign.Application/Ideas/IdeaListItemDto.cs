namespace CoDesign.Application.Ideas;

/// <summary>An idea as a list shows it.</summary>
public sealed record IdeaListItemDto(
    Guid Id,
    string Title,
    string Excerpt,
    string Language,
    Guid CategoryId,
    string CategoryName,
    string ThemeKey,
    string Status,
    int VoteCount,
    int CommentCount,
    string? District,
    string AuthorName,
    string? OrganisationName,
    DateTime PublishedAt);
