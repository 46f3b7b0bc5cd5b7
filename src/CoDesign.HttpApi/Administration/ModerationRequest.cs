namespace CoDesign.HttpApi.Administration;

/// <summary>A moderation decision; Reason is the public reason (required to hide).</summary>
public sealed record ModerationRequest(string? Reason);
