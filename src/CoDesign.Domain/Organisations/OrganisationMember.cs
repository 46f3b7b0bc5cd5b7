using CoDesign.Domain.Entities;

namespace CoDesign.Domain.Organisations;

/// <summary>A person's membership in an organisation; members may submit ideas on its behalf.</summary>
public class OrganisationMember : Entity
{
    protected OrganisationMember()
    {
    }

    public OrganisationMember(Guid id, Guid organisationId, Guid userId, bool isManager, DateTime joinedAt)
        : base(id)
    {
        OrganisationId = organisationId;
        UserId = userId;
        IsManager = isManager;
        JoinedAt = joinedAt;
    }

    public Guid OrganisationId { get; protected set; }

    public Guid UserId { get; protected set; }

    public bool IsManager { get; protected set; }

    public DateTime JoinedAt { get; protected set; }
}
