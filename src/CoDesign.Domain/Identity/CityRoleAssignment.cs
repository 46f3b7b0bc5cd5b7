using CoDesign.Domain.Entities;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Identity;

/// <summary>A person's role in one city, with who granted it and when.</summary>
public class CityRoleAssignment : Entity, IMultiTenant
{
    protected CityRoleAssignment()
    {
    }

    public CityRoleAssignment(Guid id, Guid tenantId, Guid userId, CityRole role, Guid? grantedById, DateTime grantedAt)
        : base(id)
    {
        TenantId = tenantId;
        UserId = userId;
        Role = role;
        GrantedById = grantedById;
        GrantedAt = grantedAt;
    }

    public Guid TenantId { get; protected set; }

    public Guid UserId { get; protected set; }

    public CityRole Role { get; protected set; }

    public Guid? GrantedById { get; protected set; }

    public DateTime GrantedAt { get; protected set; }
}
