namespace CoDesign.Domain.MultiTenancy;

/// <summary>The name of the global query filter that limits city data to the current city.</summary>
public static class TenantFilter
{
    public const string Name = "Tenant";
}
