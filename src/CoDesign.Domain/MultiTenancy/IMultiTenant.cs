namespace CoDesign.Domain.MultiTenancy;

/// <summary>Marks data that belongs to exactly one city (tenant).</summary>
public interface IMultiTenant
{
    Guid TenantId { get; }
}
