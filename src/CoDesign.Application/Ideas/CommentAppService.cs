using CoDesign.Application.Notifications;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Tenancy;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>Comments and one level of replies; editing within 15 minutes; deleting leaves a tombstone.</summary>
public sealed class CommentAppService(
    ICoDesignDbContext db,
    IParticipationStore store,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    NotificationPublisher notifications,
    TimeProvider clock)
{
    public async Task<Guid> AddAsync(Guid ideaId, Guid? parentId, string body, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.IdeasComment, cancellationToken).ConfigureAwait(false);
        var idea = await db.Ideas.AsNoTracking().FirstOrDefaultAsync(i => i.Id == ideaId, cancellationToken).ConfigureAwait(false);
        if (idea is null || !CityAppService.PublicIdeaStatuses.Contains(idea.Status))
        {
            throw new EntityNotFoundException("Idea");
        }

        Comment? parent = null;
        if (parentId is { } pid)
        {
            parent = await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == pid && c.IdeaId == ideaId, cancellationToken).ConfigureAwait(false)
                ?? throw new EntityNotFoundException("Comment");
            if (parent.ParentId is not null)
            {
                throw new BusinessException(ErrorCodes.CommentReplyDepth, "Replies go one level deep.") { Field = "ParentId" };
            }
        }

        // Officials' comments are marked so residents can tell the city's voice apart.
        var isOfficial = await permissions.IsGrantedAsync(CoDesignPermissions.ResponsesManage, cancellationToken).ConfigureAwait(false);
        var comment = IdeaManager.AddComment(idea, parent, currentUser.Id!.Value, body, isOfficial, clock.GetUtcNow().UtcDateTime);

        // Followers (and the author) hear of it; the notifications commit with the comment.
        var recipients = await db.IdeaFollowers.Where(f => f.IdeaId == ideaId).Select(f => f.UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (idea.AuthorId is { } author)
        {
            recipients.Add(author);
        }

        recipients.RemoveAll(u => u == comment.AuthorId);
        if (recipients.Count > 0)
        {
            var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == idea.TenantId, cancellationToken).ConfigureAwait(false);
            var name = await db.Users.AsNoTracking().Where(u => u.Id == comment.AuthorId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var facts = new NoticeFacts(NotificationKinds.Comment, city.Slug, new LocalizedText(city.NameFi, city.NameSv, city.NameEn), idea.Id, idea.Title,
                Excerpt: LocalizedText.Same(comment.Body), ActorName: name);
            await notifications.PublishAsync(facts, idea.TenantId, comment.Id, recipients, comment.CreatedAt, cancellationToken).ConfigureAwait(false);
        }

        await store.AddCommentAsync(comment, cancellationToken).ConfigureAwait(false);
        return comment.Id;
    }

    public async Task EditAsync(Guid ideaId, Guid commentId, string body, CancellationToken cancellationToken = default)
    {
        var comment = await OwnAsync(ideaId, commentId, cancellationToken).ConfigureAwait(false);
        comment.Edit(currentUser.Id!.Value, body, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(Guid ideaId, Guid commentId, CancellationToken cancellationToken = default)
    {
        var comment = await OwnAsync(ideaId, commentId, cancellationToken).ConfigureAwait(false);
        comment.Delete(currentUser.Id!.Value, byModerator: false, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Comment> OwnAsync(Guid ideaId, Guid commentId, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(CoDesignPermissions.IdeasComment, cancellationToken).ConfigureAwait(false);
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId && c.IdeaId == ideaId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Comment");
        if (comment.AuthorId != currentUser.Id)
        {
            throw new BusinessException(ErrorCodes.Forbidden, "Only the author may change a comment.");
        }

        return comment;
    }
}
