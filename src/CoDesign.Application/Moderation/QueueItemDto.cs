namespace CoDesign.Application.Moderation;

/// <summary>An idea or comment in the queue, with the reasons people gave when reporting it.</summary>
public sealed record QueueItemDto(Guid IdeaId, Guid? CommentId, string Title, string Text, string Status, bool ProvisionallyHidden, string? HiddenReason, IReadOnlyList<string> ReportReasons, DateTime At);
