namespace CoDesign.Application.Ideas;

/// <summary>Whether a row changed, the idea's count after it, and whether this vote crossed the threshold.</summary>
public sealed record VoteOutcome(bool Changed, bool HasVoted, int VoteCount, bool ThresholdReached);
