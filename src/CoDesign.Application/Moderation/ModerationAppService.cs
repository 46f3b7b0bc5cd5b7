using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Moderation;

/// <summary>
/// A moderator's work: approve ideas in pre-moderation, hide with a public reason, restore, and
/// dismiss reports. Every action resolves the open reports it answers and is written to the audit log.
/// </summary>
public sealed class ModerationAppService(ICoDesignDbContext db, IPermissionChecker permissions, AuditLog audit, TimeProvider clock)
{
    public async Task<ModerationQueueDto> QueueAsync(CancellationToken cancellationToken = default)
    {
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        var open = await db.ContentReports.AsNoTracking().Where(r => r.ResolvedAt == null).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var awaiting = await db.Ideas.AsNoTracking().Where(i => i.Status == IdeaStatus.AwaitingModeration).OrderBy(i => i.LastActivityAt).Take(200)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var reportedIdeaIds = open.Where(r => r.Target == ReportTarget.Idea).Select(r => r.TargetId).Distinct().ToList();
        var reportedCommentIds = open.Where(r => r.Target == ReportTarget.Comment).Select(r => r.TargetId).Distinct().ToList();
        var reportedIdeas = await db.Ideas.AsNoTracking().Where(i => reportedIdeaIds.Contains(i.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reportedComments = await db.Comments.AsNoTracking().Where(c => reportedCommentIds.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var commentIdeaIds = reportedComments.Select(c => c.IdeaId).Distinct().ToList();
        var titles = await db.Ideas.AsNoTracking().Where(i => commentIdeaIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken).ConfigureAwait(false);
        var hidden = await db.Ideas.AsNoTracking().Where(i => i.Status == IdeaStatus.Hidden).OrderByDescending(i => i.LastActivityAt).Take(100)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var hiddenComments = await db.Comments.AsNoTracking().Where(c => c.HiddenAt != null).OrderByDescending(c => c.HiddenAt).Take(100)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var hiddenCommentIdeaIds = hiddenComments.Select(c => c.IdeaId).Where(id => !titles.ContainsKey(id)).Distinct().ToList();
        foreach (var (id, title) in await db.Ideas.AsNoTracking().Where(i => hiddenCommentIdeaIds.Contains(i.Id)).Select(i => new { i.Id, i.Title }).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken).ConfigureAwait(false))
        {
            titles[id] = title;
        }

        IReadOnlyList<string> Reasons(Guid target) => open.Where(r => r.TargetId == target).Select(r => r.Reason).ToList();
        return new ModerationQueueDto(
            awaiting.Select(i => new QueueItemDto(i.Id, null, i.Title, Excerpt.Of(i.Body, 400), i.Status.ToString(), i.ProvisionallyHidden, i.HiddenReason, [], i.LastActivityAt)).ToList(),
            reportedIdeas.Select(i => new QueueItemDto(i.Id, null, i.Title, Excerpt.Of(i.Body, 400), i.Status.ToString(), i.ProvisionallyHidden, i.HiddenReason, Reasons(i.Id), i.LastActivityAt)).ToList(),
            reportedComments.Select(c => new QueueItemDto(c.IdeaId, c.Id, titles.GetValueOrDefault(c.IdeaId, string.Empty), c.Body, c.IsHidden ? "Hidden" : "Published", c.ProvisionallyHidden, c.HiddenReason, Reasons(c.Id), c.CreatedAt)).ToList(),
            hidden.Select(i => new QueueItemDto(i.Id, null, i.Title, Excerpt.Of(i.Body, 400), i.Status.ToString(), false, i.HiddenReason, [], i.LastActivityAt))
                .Concat(hiddenComments.Select(c => new QueueItemDto(c.IdeaId, c.Id, titles.GetValueOrDefault(c.IdeaId, string.Empty), c.Body, "Hidden", false, c.HiddenReason, [], c.HiddenAt!.Value)))
                .ToList());
    }

    public async Task ApproveAsync(Guid ideaId, CancellationToken cancellationToken = default)
    {
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        var idea = await IdeaAsync(ideaId, cancellationToken).ConfigureAwait(false);
        idea.Approve(Now());
        audit.Record(AuditActions.IdeaApproved, "Idea", idea.Id, idea.Title);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task HideIdeaAsync(Guid ideaId, string reason, CancellationToken cancellationToken = default)
    {
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        var idea = await IdeaAsync(ideaId, cancellationToken).ConfigureAwait(false);
        idea.Hide(reason, Now());
        await ResolveAsync(ReportTarget.Idea, idea.Id, "hidden", cancellationToken).ConfigureAwait(false);
        audit.Record(AuditActions.IdeaHidden, "Idea", idea.Id, idea.Title, reason);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task RestoreIdeaAsync(Guid ideaId, CancellationToken cancellationToken = default)
    {
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        var idea = await IdeaAsync(ideaId, cancellationToken).ConfigureAwait(false);
        idea.Restore(Now());
        await ResolveAsync(ReportTarget.Idea, idea.Id, "dismissed", cancellationToken).ConfigureAwait(false);
        audit.Record(AuditActions.IdeaRestored, "Idea", idea.Id, idea.Title);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task HideCommentAsync(Guid commentId, string reason, CancellationToken cancellationToken = default)
    {
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        var comment = await CommentAsync(commentId, cancellationToken).ConfigureAwait(false);
        comment.Hide(reason, Now());
        await ResolveAsync(ReportTarget.Comment, comment.Id, "hidden", cancellationToken).ConfigureAwait(false);
        audit.Record(AuditActions.CommentHidden, "Comment", comment.Id, Excerpt.Of(comment.Body, 200), reason);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task RestoreCommentAsync(Guid commentId, CancellationToken cancellationToken = default)
    {
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        var comment = await CommentAsync(commentId, cancellationToken).ConfigureAwait(false);
        comment.Restore();
        await ResolveAsync(ReportTarget.Comment, comment.Id, "dismissed", cancellationToken).ConfigureAwait(false);
        audit.Record(AuditActions.CommentRestored, "Comment", comment.Id, Excerpt.Of(comment.Body, 200));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The reports were unfounded: they are closed and a provisional hiding is lifted.</summary>
    public async Task DismissReportsAsync(Guid ideaId, Guid? commentId, CancellationToken cancellationToken = default)
    {
        await CheckAsync(cancellationToken).ConfigureAwait(false);
        if (commentId is { } cid)
        {
            var comment = await CommentAsync(cid, cancellationToken).ConfigureAwait(false);
            if (comment.HiddenAt is null)
            {
                comment.Restore();
            }

            await ResolveAsync(ReportTarget.Comment, cid, "dismissed", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var idea = await IdeaAsync(ideaId, cancellationToken).ConfigureAwait(false);
            if (idea.Status != IdeaStatus.Hidden && idea.ProvisionallyHidden)
            {
                idea.Restore(Now());
            }

            await ResolveAsync(ReportTarget.Idea, ideaId, "dismissed", cancellationToken).ConfigureAwait(false);
        }

        audit.Record(AuditActions.ReportsDismissed, commentId is null ? "Idea" : "Comment", commentId ?? ideaId, string.Empty);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task CheckAsync(CancellationToken cancellationToken) => permissions.CheckAsync(CoDesignPermissions.ModerationManage, cancellationToken);

    private async Task<Idea> IdeaAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Ideas.FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("Idea");

    private async Task<Comment> CommentAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Comments.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("Comment");

    private async Task ResolveAsync(ReportTarget target, Guid targetId, string resolution, CancellationToken cancellationToken)
    {
        var now = Now();
        foreach (var report in await db.ContentReports.Where(r => r.Target == target && r.TargetId == targetId && r.ResolvedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            report.Resolve(resolution, now);
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
