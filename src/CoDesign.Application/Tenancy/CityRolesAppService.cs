using CoDesign.Application.Moderation;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Moderation;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Tenancy;

/// <summary>City admins grant and revoke the city's roles by e-mail; every change is in the audit log.</summary>
public sealed class CityRolesAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentTenant currentTenant, Users.ICurrentUser currentUser, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<RoleAssignmentDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.RolesAssign, cancellationToken).ConfigureAwait(false);
        var rows = await (from a in db.CityRoleAssignments.AsNoTracking()
                          join u in db.Users.AsNoTracking() on a.UserId equals u.Id
                          orderby a.Role, u.Email
                          select new { a.Id, u.Email, u.DisplayName, a.Role, a.GrantedById, a.GrantedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var granters = rows.Where(r => r.GrantedById != null).Select(r => r.GrantedById!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => granters.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? string.Empty, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new RoleAssignmentDto(r.Id, r.Email ?? string.Empty, r.DisplayName, r.Role.ToString(), r.GrantedById is { } g ? names.GetValueOrDefault(g, string.Empty) : string.Empty, r.GrantedAt)).ToList();
    }

    public async Task GrantAsync(string email, CityRole? requestedRole, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.RolesAssign, cancellationToken).ConfigureAwait(false);
        if (requestedRole is not { } role || !Enum.IsDefined(role))
        {
            throw new BusinessException(ErrorCodes.Validation, "Unknown role.") { Field = "Role" };
        }

        var normalized = (email ?? string.Empty).Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken).ConfigureAwait(false)
            ?? throw new BusinessException(ErrorCodes.RoleUnknownUser, "No account has that address.") { Field = "Email" };
        if (await db.CityRoleAssignments.AnyAsync(a => a.UserId == user.Id && a.Role == role, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var assignment = new CityRoleAssignment(Guid.CreateVersion7(now), currentTenant.Id!.Value, user.Id, role, currentUser.Id, now);
        db.CityRoleAssignments.Add(assignment);
        audit.Record(AuditActions.RoleGranted, "CityRoleAssignment", assignment.Id, $"{user.Email}: {role}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task RevokeAsync(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.RolesAssign, cancellationToken).ConfigureAwait(false);
        var assignment = await db.CityRoleAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Role");
        var email = await db.Users.Where(u => u.Id == assignment.UserId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        db.CityRoleAssignments.Remove(assignment);
        audit.Record(AuditActions.RoleRevoked, "CityRoleAssignment", assignment.Id, $"{email}: {assignment.Role}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
