using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Ideas;

/// <summary>A comment on an idea, or a reply to one (one level only).</summary>
public class Comment : Entity, IMultiTenant
{
    public const int MaxBodyLength = 4_000;

    /// <summary>How long the author may still edit a comment.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    protected Comment()
    {
        Body = string.Empty;
    }

    internal Comment(Guid id, Guid tenantId, Guid ideaId, Guid? parentId, Guid authorId, string body, bool isOfficial, DateTime createdAt)
        : base(id)
    {
        var b = (body ?? string.Empty).Trim();
        if (b.Length is 0 or > MaxBodyLength)
        {
            throw new BusinessException(ErrorCodes.Validation, $"Comment must be 1–{MaxBodyLength} characters.") { Field = nameof(Body) };
        }

        TenantId = tenantId;
        IdeaId = ideaId;
        ParentId = parentId;
        AuthorId = authorId;
        Body = b;
        IsOfficial = isOfficial;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; protected set; }

    public Guid IdeaId { get; protected set; }

    public Guid? ParentId { get; protected set; }

    public Guid AuthorId { get; protected set; }

    public string Body { get; protected set; }

    public bool IsOfficial { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime? EditedAt { get; protected set; }

    public DateTime? DeletedAt { get; protected set; }

    public bool IsDeleted => DeletedAt is not null;

    public DateTime? HiddenAt { get; protected set; }

    public string? HiddenReason { get; protected set; }

    public bool ProvisionallyHidden { get; protected set; }

    public bool IsHidden => HiddenAt is not null || ProvisionallyHidden;

    public void Hide(string reason, DateTime now)
    {
        var r = (reason ?? string.Empty).Trim();
        if (r.Length is 0 or > Idea.MaxHiddenReasonLength)
        {
            throw new BusinessException(ErrorCodes.ModerationReasonRequired, "A public reason is required.") { Field = "Reason" };
        }

        HiddenAt = now;
        HiddenReason = r;
        ProvisionallyHidden = false;
    }

    public void Restore()
    {
        HiddenAt = null;
        HiddenReason = null;
        ProvisionallyHidden = false;
    }

    public void HideProvisionally() => ProvisionallyHidden = true;

    public bool CanBeEditedBy(Guid userId, DateTime now) => !IsDeleted && AuthorId == userId && now - CreatedAt <= EditWindow;

    public void Edit(Guid userId, string body, DateTime now)
    {
        if (AuthorId != userId)
        {
            throw new BusinessException(ErrorCodes.Forbidden, "Only the author may edit a comment.");
        }

        if (!CanBeEditedBy(userId, now))
        {
            throw new BusinessException(ErrorCodes.CommentEditWindowClosed, "The comment can no longer be edited.");
        }

        var b = (body ?? string.Empty).Trim();
        if (b.Length is 0 or > MaxBodyLength)
        {
            throw new BusinessException(ErrorCodes.Validation, $"Comment must be 1–{MaxBodyLength} characters.") { Field = nameof(Body) };
        }

        Body = b;
        EditedAt = now;
    }

    /// <summary>Deleting leaves a tombstone so replies keep their place; the text is gone.</summary>
    public void Delete(Guid userId, bool byModerator, DateTime now)
    {
        if (AuthorId != userId && !byModerator)
        {
            throw new BusinessException(ErrorCodes.Forbidden, "Only the author may delete a comment.");
        }

        if (IsDeleted)
        {
            return;
        }

        Body = string.Empty;
        DeletedAt = now;
    }
}
