using CoDesign.Domain.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoDesign.EntityFrameworkCore;

/// <summary>
/// The last guard on text a person typed: a value with a NUL character (which PostgreSQL text cannot
/// hold) or longer than its column is a validation error naming the field, on every provider,
/// instead of a database error. Use cases check their own fields first, with their own messages;
/// this catches whatever one of them does not.
/// </summary>
public sealed class TextSaveChangesInterceptor : SaveChangesInterceptor
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

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && (entry.State == EntityState.Added || property.IsModified))
                {
                    Check(property, text);
                }
            }
        }
    }

    private static void Check(PropertyEntry property, string text)
    {
        var max = property.Metadata.GetMaxLength();
        if (text.Contains('\0', StringComparison.Ordinal) || (max is { } m && text.Length > m))
        {
            throw new BusinessException(ErrorCodes.Validation, $"{property.Metadata.DeclaringType.ClrType.Name}.{property.Metadata.Name} has a NUL character or is too long.")
            {
                Field = property.Metadata.Name,
            };
        }
    }
}
