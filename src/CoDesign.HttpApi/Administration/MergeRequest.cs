namespace CoDesign.HttpApi.Administration;

public sealed record MergeRequest(Guid? SurvivorId);
