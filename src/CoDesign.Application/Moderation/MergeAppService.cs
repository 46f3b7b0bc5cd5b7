using CoDesign.Application.Ideas;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Moderation;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Moderation;

/// <summary>
/// Merging a duplicate into the surviving idea: votes and followers move (a person who supported
/// both counts once), the duplicate points to the survivor, and the action is audited.
/// </summary>
public sealed class MergeAppService(ICoDesignDbContext db, IParticipationStore store, IPermissionChecker permissions, ICurrentTenant currentTenant, AuditLog audit, TimeProvider clock)
{
    public async Task<int> MergeAsync(Guid duplicateId, Guid? survivorIdOrNull, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.ModerationManage, cancellationToken).ConfigureAwait(false);
        var survivorId = survivorIdOrNull ?? throw new BusinessException(ErrorCodes.Validation, "The surviving idea is required.") { Field = "SurvivorId" };
        var cityId = currentTenant.Id ?? throw new EntityNotFoundException("City");
        var duplicate = await db.Ideas.FirstOrDefaultAsync(i => i.Id == duplicateId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("Idea");
        var survivor = await db.Ideas.FirstOrDefaultAsync(i => i.Id == survivorId, cancellationToken).ConfigureAwait(false)
            ?? throw new BusinessException(ErrorCodes.MergeNotAllowed, "The surviving idea is not in this city.") { Field = "TargetId" };
        duplicate.MergeInto(survivor, clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditActions.IdeasMerged, "Idea", duplicate.Id, $"{duplicate.Title} → {survivor.Title}");
        return await store.MoveSupportAsync(cityId, duplicate.Id, survivor.Id, cancellationToken).ConfigureAwait(false);
    }
}
