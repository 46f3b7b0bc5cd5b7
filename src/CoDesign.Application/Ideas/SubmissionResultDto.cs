namespace CoDesign.Application.Ideas;

/// <summary>The saved idea and where it went: published, waiting for moderation, or a draft.</summary>
public sealed record SubmissionResultDto(Guid Id, string Status);
