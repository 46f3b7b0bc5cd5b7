using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Permissions;

/// <summary>
/// Reads city roles from the database on each request (cached for the scope), so a revoked role
/// stops working at once instead of living on in a cookie.
/// </summary>
public sealed class PermissionChecker(ICoDesignDbContext db, ICurrentUser currentUser, ICurrentTenant currentTenant) : IPermissionChecker
{
    private readonly Dictionary<Guid, IReadOnlyList<CityRole>> _rolesByCity = [];

    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAuthenticated || currentUser.Id is not { } userId)
        {
            return false;
        }

        if (RolePermissions.Participant.Contains(permission))
        {
            return true;
        }

        foreach (var (role, permissions) in RolePermissions.Platform)
        {
            if (permissions.Contains(permission) && currentUser.IsInPlatformRole(role))
            {
                return true;
            }
        }

        if (currentTenant.Id is not { } cityId)
        {
            return false;
        }

        var roles = await GetCityRolesAsync(userId, cityId, cancellationToken).ConfigureAwait(false);
        return roles.Any(r => RolePermissions.City[r].Contains(permission));
    }

    public async Task CheckAsync(string permission, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAuthenticated)
        {
            throw new BusinessException(ErrorCodes.Unauthenticated, "Sign-in required.");
        }

        if (!await IsGrantedAsync(permission, cancellationToken).ConfigureAwait(false))
        {
            throw new BusinessException(ErrorCodes.Forbidden, $"Permission {permission} is not granted.");
        }
    }

    private async Task<IReadOnlyList<CityRole>> GetCityRolesAsync(Guid userId, Guid cityId, CancellationToken cancellationToken)
    {
        if (_rolesByCity.TryGetValue(cityId, out var cached))
        {
            return cached;
        }

        // The tenant filter already limits this to the current city; the explicit TenantId check
        // keeps it right even if someone later disables the filter here.
        var roles = await db.CityRoleAssignments.AsNoTracking()
            .Where(a => a.UserId == userId && a.TenantId == cityId)
            .Select(a => a.Role)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        _rolesByCity[cityId] = roles;
        return roles;
    }
}
