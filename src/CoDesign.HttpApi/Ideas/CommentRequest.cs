namespace CoDesign.HttpApi.Ideas;

public sealed record CommentRequest(string? Body, Guid? ParentId);
