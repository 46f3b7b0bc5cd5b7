namespace CoDesign.Application.Ideas;

/// <summary>Everything the store needs to apply the city's voting rules to one vote.</summary>
public sealed record VoteRequest(Guid CityId, Guid IdeaId, Guid VoterId, int? ActiveVoteCap, int SupportThreshold, int ResponseDays, DateTime Now)
{
    /// <summary>
    /// Called inside the vote's transaction when this vote carries the idea over the threshold; what
    /// it adds to the unit of work (the officials' notifications and mail) commits with the vote.
    /// </summary>
    public Func<CancellationToken, Task>? OnThresholdReached { get; init; }
}
