using CoDesign.Domain.Entities;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Voting;

/// <summary>One participant's support for one idea. Unique per (city, idea, voter).</summary>
public class Vote : Entity, IMultiTenant
{
    protected Vote()
    {
    }

    internal Vote(Guid id, Guid tenantId, Guid ideaId, Guid voterId, DateTime createdAt)
        : base(id)
    {
        TenantId = tenantId;
        IdeaId = ideaId;
        VoterId = voterId;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; protected set; }

    public Guid IdeaId { get; protected set; }

    public Guid VoterId { get; protected set; }

    public DateTime CreatedAt { get; protected set; }
}
