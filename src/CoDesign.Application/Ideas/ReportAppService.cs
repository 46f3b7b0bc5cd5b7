using CoDesign.Application.Notifications;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Tenancy;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>A participant reports an idea or a comment to the city's moderators, once per thing.</summary>
public sealed class ReportAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentUser currentUser, ICurrentTenant currentTenant, ModerationNotices moderationNotices, TimeProvider clock)
{
    public async Task ReportAsync(Guid ideaId, Guid? commentId, string reason, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.IdeasComment, cancellationToken).ConfigureAwait(false);
        var me = currentUser.Id!.Value;
        if (!await db.Ideas.AnyAsync(i => i.Id == ideaId && CityAppService.PublicIdeaStatuses.Contains(i.Status), cancellationToken).ConfigureAwait(false))
        {
            throw new EntityNotFoundException("Idea");
        }

        if (commentId is { } cid && !await db.Comments.AnyAsync(c => c.Id == cid && c.IdeaId == ideaId && c.DeletedAt == null, cancellationToken).ConfigureAwait(false))
        {
            throw new EntityNotFoundException("Comment");
        }

        var target = commentId is null ? ReportTarget.Idea : ReportTarget.Comment;
        var targetId = commentId ?? ideaId;
        if (await db.ContentReports.AnyAsync(r => r.Target == target && r.TargetId == targetId && r.ReporterId == me, cancellationToken).ConfigureAwait(false))
        {
            throw new BusinessException(ErrorCodes.ReportDuplicate, "Already reported.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ContentReports.Add(new ContentReport(Guid.CreateVersion7(now), currentTenant.Id!.Value, target, targetId, ideaId, me, reason, now));
        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == currentTenant.Id, cancellationToken).ConfigureAwait(false);
        var title = await db.Ideas.AsNoTracking().Where(i => i.Id == ideaId).Select(i => i.Title).FirstAsync(cancellationToken).ConfigureAwait(false);
        await moderationNotices.AddAsync(city, ideaId, title, targetId, now, cancellationToken).ConfigureAwait(false);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the unique index kept one; the outcome for the person is the same.
            throw new BusinessException(ErrorCodes.ReportDuplicate, "Already reported.");
        }

        // Enough open reports hide the content for now; a moderator then decides.
        var open = await db.ContentReports.CountAsync(r => r.Target == target && r.TargetId == targetId && r.ResolvedAt == null, cancellationToken).ConfigureAwait(false);
        if (open >= city.ReportsToHide)
        {
            if (commentId is { } hiddenComment)
            {
                (await db.Comments.FirstAsync(c => c.Id == hiddenComment, cancellationToken).ConfigureAwait(false)).HideProvisionally();
            }
            else
            {
                (await db.Ideas.FirstAsync(i => i.Id == ideaId, cancellationToken).ConfigureAwait(false)).HideProvisionally();
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
