namespace CoDesign.Application.Ideas;

/// <summary>Everything the store needs to apply the city's voting rules to one vote.</summary>
public sealed record VoteRequest(Guid CityId, Guid IdeaId, Guid VoterId, int? ActiveVoteCap, int SupportThreshold, int ResponseDays, DateTime Now);
