namespace CoDesign.Application.Moderation;

/// <summary>What waits for a moderator: ideas in pre-moderation, and reported ideas and comments.</summary>
public sealed record ModerationQueueDto(IReadOnlyList<QueueItemDto> Awaiting, IReadOnlyList<QueueItemDto> ReportedIdeas, IReadOnlyList<QueueItemDto> ReportedComments, IReadOnlyList<QueueItemDto> Hidden);
