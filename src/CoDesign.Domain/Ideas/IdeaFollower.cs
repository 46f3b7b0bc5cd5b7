using CoDesign.Domain.Entities;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Ideas;

/// <summary>A person following an idea: they hear of its responses, status changes and comments.</summary>
public class IdeaFollower : Entity, IMultiTenant
{
    protected IdeaFollower()
    {
    }

    public IdeaFollower(Guid id, Guid tenantId, Guid ideaId, Guid userId, DateTime createdAt)
        : base(id)
    {
        TenantId = tenantId;
        IdeaId = ideaId;
        UserId = userId;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; protected set; }

    public Guid IdeaId { get; protected set; }

    public Guid UserId { get; protected set; }

    public DateTime CreatedAt { get; protected set; }
}
