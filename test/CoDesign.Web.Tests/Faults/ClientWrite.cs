namespace CoDesign.Web.Tests.Faults;

/// <summary>
/// One request a participant sent and what came of it. <see cref="Text"/> (a comment's body, an idea's
/// title) is unique, so a row in the database can be traced to the request that wrote it.
/// </summary>
internal sealed record ClientWrite(int Round, WriteKind Kind, string City, Guid IdeaId, Guid? ParentId = null, string? Text = null)
{
    public WriteOutcome? Outcome { get; init; }

    /// <summary>The id the server gave the comment or idea, when it acknowledged one.</summary>
    public Guid? CreatedId { get; init; }

    /// <summary>The status and body of a refusal.</summary>
    public string? Refusal { get; init; }

    /// <summary>Votes and follows set a state, so sending one again is safe: the server must count it once.</summary>
    public bool IsIdempotent => Kind is WriteKind.Vote or WriteKind.Withdraw or WriteKind.Follow or WriteKind.Unfollow;
}
