namespace CoDesign.Application.Moderation;

public sealed record AuditEntryDto(Guid Id, DateTime At, string ActorName, string Action, string TargetType, Guid? TargetId, string Details, string? Reason);
