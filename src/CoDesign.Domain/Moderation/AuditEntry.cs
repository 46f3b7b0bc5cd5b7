using CoDesign.Domain.Entities;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Moderation;

/// <summary>Who did what, when and why in a city's administration; city admins read and filter it.</summary>
public class AuditEntry : Entity, IMultiTenant
{
    public const int MaxActionLength = 60;
    public const int MaxTargetLength = 60;
    public const int MaxDetailsLength = 2_000;

    protected AuditEntry()
    {
        Action = string.Empty;
        TargetType = string.Empty;
        Details = string.Empty;
    }

    public AuditEntry(Guid id, Guid tenantId, Guid actorId, string action, string targetType, Guid? targetId, string details, string? reason, DateTime createdAt)
        : base(id)
    {
        TenantId = tenantId;
        ActorId = actorId;
        Action = action;
        TargetType = targetType;
        TargetId = targetId;
        Details = details.Length <= MaxDetailsLength ? details : details[..MaxDetailsLength];
        Reason = reason is { Length: > MaxDetailsLength } ? reason[..MaxDetailsLength] : reason;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; protected set; }

    public Guid ActorId { get; protected set; }

    public string Action { get; protected set; }

    public string TargetType { get; protected set; }

    public Guid? TargetId { get; protected set; }

    public string Details { get; protected set; }

    public string? Reason { get; protected set; }

    public DateTime CreatedAt { get; protected set; }
}
