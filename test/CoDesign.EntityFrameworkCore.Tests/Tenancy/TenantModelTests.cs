using CoDesign.Domain.MultiTenancy;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Tenancy;

/// <summary>The model itself carries the tenancy rules: a filter on every city-owned type, indexes led by TenantId.</summary>
public sealed class TenantModelTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateEmptyAsync(DatabaseProvider.Sqlite);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public Task EveryMultiTenantEntity_HasTheNamedTenantQueryFilter() => _services.RunAsync(sp =>
    {
        var model = sp.GetRequiredService<CoDesignDbContext>().Model;
        var tenantTypes = model.GetEntityTypes().Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType)).ToList();
        var names = tenantTypes.Select(t => t.ClrType.Name).ToList();
        foreach (var expected in new[] { "Idea", "Vote", "Comment", "Category", "CityRoleAssignment", "AccessibilityFeedback" })
        {
            names.ShouldContain(expected);
        }
        foreach (var type in tenantTypes)
        {
            var filters = type.GetDeclaredQueryFilters().Select(f => f.Key).ToList();
            filters.ShouldContain(TenantFilter.Name, $"{type.ClrType.Name} has no tenant query filter");
        }

        return Task.CompletedTask;
    });

    [Fact]
    public Task EveryDomainEntityWithTenantId_IsMarkedMultiTenant() => _services.RunAsync(sp =>
    {
        // A city-owned type that forgot the marker interface would silently escape the filter.
        var model = sp.GetRequiredService<CoDesignDbContext>().Model;
        var unmarked = model.GetEntityTypes()
            .Where(t => t.FindProperty("TenantId") is { IsNullable: false } && !typeof(IMultiTenant).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType.Name)
            .ToList();
        unmarked.ShouldBeEmpty();
        return Task.CompletedTask;
    });

    [Fact]
    public Task UniqueIndexesOfCityData_StartWithTenantId() => _services.RunAsync(sp =>
    {
        var model = sp.GetRequiredService<CoDesignDbContext>().Model;
        var offending = model.GetEntityTypes()
            .Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType))
            .SelectMany(t => t.GetIndexes().Where(i => i.IsUnique).Select(i => (Type: t.ClrType.Name, First: i.Properties[0].Name)))
            .Where(x => x.First != "TenantId")
            .ToList();
        offending.ShouldBeEmpty();
        model.GetEntityTypes().Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType)).SelectMany(t => t.GetIndexes()).Count(i => i.IsUnique).ShouldBeGreaterThan(2);
        return Task.CompletedTask;
    });
}
