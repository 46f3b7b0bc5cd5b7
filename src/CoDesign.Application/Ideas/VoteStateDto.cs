namespace CoDesign.Application.Ideas;

/// <summary>The viewer's vote on an idea and the idea's count.</summary>
public sealed record VoteStateDto(Guid IdeaId, bool HasVoted, int VoteCount);
