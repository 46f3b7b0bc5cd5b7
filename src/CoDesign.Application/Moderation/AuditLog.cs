using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.Moderation;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Application.Moderation;

/// <summary>Adds audit entries to the unit of work, so an action and its record are saved together.</summary>
public sealed class AuditLog(ICoDesignDbContext db, ICurrentUser currentUser, ICurrentTenant currentTenant, TimeProvider clock)
{
    public void Record(string action, string targetType, Guid? targetId, string details, string? reason = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(new AuditEntry(Guid.CreateVersion7(now), currentTenant.Id!.Value, currentUser.Id!.Value, action, targetType, targetId, details, reason, now));
    }
}
