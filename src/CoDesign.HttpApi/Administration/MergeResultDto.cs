namespace CoDesign.HttpApi.Administration;

public sealed record MergeResultDto(Guid SurvivorId, int VoteCount);
