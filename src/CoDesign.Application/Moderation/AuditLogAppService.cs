using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Moderation;

/// <summary>The city's audit log for its admins, newest first, filterable by action.</summary>
public sealed class AuditLogAppService(ICoDesignDbContext db, IPermissionChecker permissions)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<AuditEntryDto>> ListAsync(string? action, int page, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.AuditLogView, cancellationToken).ConfigureAwait(false);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(action) && Domain.Moderation.AuditActions.All.Contains(action))
        {
            query = query.Where(a => a.Action == action);
        }

        var rows = await query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Skip(Math.Clamp(page - 1, 0, 10_000) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var actors = rows.Select(r => r.ActorId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => actors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => $"{u.DisplayName} ({u.Email})", cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new AuditEntryDto(r.Id, r.CreatedAt, names.GetValueOrDefault(r.ActorId, string.Empty), r.Action, r.TargetType, r.TargetId, r.Details, r.Reason)).ToList();
    }
}
