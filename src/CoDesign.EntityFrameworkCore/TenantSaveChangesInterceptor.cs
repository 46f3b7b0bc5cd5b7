using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoDesign.EntityFrameworkCore;

/// <summary>
/// Second line of the tenancy defence: stamps new city data with the current city and refuses any
/// write that would add, change or delete another city's data, whatever the query filter let through.
/// </summary>
public sealed class TenantSaveChangesInterceptor(ICurrentTenant currentTenant) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IMultiTenant>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    CheckAdded(entry);
                    break;
                case EntityState.Modified:
                case EntityState.Deleted:
                    CheckExisting(entry);
                    break;
            }
        }
    }

    private void CheckAdded(EntityEntry<IMultiTenant> entry)
    {
        var current = currentTenant.Id
            ?? throw new TenantMismatchException($"{entry.Metadata.ClrType.Name} can only be added inside a city.");
        var property = entry.Property(nameof(IMultiTenant.TenantId));
        var value = (Guid)property.CurrentValue!;
        if (value == Guid.Empty)
        {
            property.CurrentValue = current;
        }
        else if (value != current)
        {
            throw new TenantMismatchException($"{entry.Metadata.ClrType.Name} belongs to another city than the current one.");
        }
    }

    private void CheckExisting(EntityEntry<IMultiTenant> entry)
    {
        var property = entry.Property(nameof(IMultiTenant.TenantId));
        var original = (Guid)property.OriginalValue!;
        var now = (Guid)property.CurrentValue!;
        if (currentTenant.Id is not { } current || original != current || now != current)
        {
            throw new TenantMismatchException($"{entry.Metadata.ClrType.Name} of another city cannot be changed from this city.");
        }
    }
}
