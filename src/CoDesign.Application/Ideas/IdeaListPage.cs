namespace CoDesign.Application.Ideas;

/// <summary>One page of a list; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record IdeaListPage(IReadOnlyList<IdeaListItemDto> Items, string? NextCursor, IdeaListQuery Query);
