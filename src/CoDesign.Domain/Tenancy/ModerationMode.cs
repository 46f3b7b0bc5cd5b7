namespace CoDesign.Domain.Tenancy;

public enum ModerationMode
{
    /// <summary>Ideas are published at once and moderated afterwards.</summary>
    PostModeration = 0,

    /// <summary>Ideas wait in the moderation queue until a moderator approves them.</summary>
    PreModeration = 1,
}
