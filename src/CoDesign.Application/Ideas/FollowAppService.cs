using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Tenancy;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>Following an idea: idempotent both ways; the unique index settles a race.</summary>
public sealed class FollowAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentUser currentUser, ICurrentTenant currentTenant, TimeProvider clock)
{
    public async Task<bool> FollowAsync(Guid ideaId, CancellationToken cancellationToken = default)
    {
        var me = await CheckAsync(ideaId, cancellationToken).ConfigureAwait(false);
        if (await db.IdeaFollowers.AnyAsync(f => f.IdeaId == ideaId && f.UserId == me, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        db.IdeaFollowers.Add(new IdeaFollower(Guid.CreateVersion7(), currentTenant.Id!.Value, ideaId, me, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another request of the same person may have got there first: then the outcome is the same.
            if (!await db.IdeaFollowers.AsNoTracking().AnyAsync(f => f.IdeaId == ideaId && f.UserId == me, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }

        return true;
    }

    public async Task<bool> UnfollowAsync(Guid ideaId, CancellationToken cancellationToken = default)
    {
        var me = await CheckAsync(ideaId, cancellationToken).ConfigureAwait(false);
        await db.IdeaFollowers.Where(f => f.IdeaId == ideaId && f.UserId == me).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async Task<Guid> CheckAsync(Guid ideaId, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(CoDesignPermissions.IdeasSubmit, cancellationToken).ConfigureAwait(false);
        if (!await db.Ideas.AnyAsync(i => i.Id == ideaId && CityAppService.PublicIdeaStatuses.Contains(i.Status), cancellationToken).ConfigureAwait(false))
        {
            throw new EntityNotFoundException("Idea");
        }

        return currentUser.Id!.Value;
    }
}
