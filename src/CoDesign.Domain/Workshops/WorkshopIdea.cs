using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Workshops;

/// <summary>An idea a workshop worked on (shown on both: the workshop lists its ideas, the idea its workshops).</summary>
public class WorkshopIdea : IMultiTenant
{
    protected WorkshopIdea()
    {
    }

    public WorkshopIdea(Guid tenantId, Guid workshopId, Guid ideaId)
    {
        TenantId = tenantId;
        WorkshopId = workshopId;
        IdeaId = ideaId;
    }

    public Guid TenantId { get; protected set; }

    public Guid WorkshopId { get; protected set; }

    public Guid IdeaId { get; protected set; }
}
