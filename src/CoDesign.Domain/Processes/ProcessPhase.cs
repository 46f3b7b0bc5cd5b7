using CoDesign.Domain.Entities;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Processes;

/// <summary>One step of a process's timeline: a kind and the time it is in force, [StartsAt, EndsAt) in UTC.</summary>
public class ProcessPhase : Entity, IMultiTenant
{
    protected ProcessPhase()
    {
    }

    internal ProcessPhase(Guid id, Guid tenantId, Guid processId, PhaseKind kind, DateTime startsAt, DateTime endsAt, int sortOrder)
        : base(id)
    {
        TenantId = tenantId;
        ProcessId = processId;
        Kind = kind;
        StartsAt = startsAt;
        EndsAt = endsAt;
        SortOrder = sortOrder;
    }

    public Guid TenantId { get; protected set; }

    public Guid ProcessId { get; protected set; }

    public PhaseKind Kind { get; protected set; }

    public DateTime StartsAt { get; protected set; }

    public DateTime EndsAt { get; protected set; }

    public int SortOrder { get; protected set; }

    public bool IsInForceAt(DateTime utcNow) => StartsAt <= utcNow && utcNow < EndsAt;

    internal void Reschedule(PhaseKind kind, DateTime startsAt, DateTime endsAt) => (Kind, StartsAt, EndsAt) = (kind, startsAt, endsAt);

    internal void MoveTo(int sortOrder) => SortOrder = sortOrder;
}
