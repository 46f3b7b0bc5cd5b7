namespace CoDesign.Application.Tenancy;

public sealed record IdeaSummaryDto(Guid Id, string Title, string Excerpt, string CategoryName, string Status, int VoteCount, int CommentCount, string? District, DateTime PublishedAt, string Language);
