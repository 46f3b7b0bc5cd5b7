using CoDesign.Domain.Entities;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Notifications;

/// <summary>
/// An in-app notification of something that happened to an idea a person wrote, voted for or
/// follows. One per person, kind and source (unique), so a retried producer cannot duplicate it;
/// mail delivery by preference (immediately or in digests) builds on these rows.
/// </summary>
public class Notification : Entity, IMultiTenant
{
    public const int MaxKindLength = 40;

    protected Notification()
    {
        Kind = string.Empty;
    }

    public Notification(Guid id, Guid tenantId, Guid userId, string kind, Guid ideaId, Guid sourceId, DateTime createdAt)
        : base(id)
    {
        TenantId = tenantId;
        UserId = userId;
        Kind = kind;
        IdeaId = ideaId;
        SourceId = sourceId;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; protected set; }

    public Guid UserId { get; protected set; }

    public string Kind { get; protected set; }

    public Guid IdeaId { get; protected set; }

    /// <summary>The response, comment or event that caused it.</summary>
    public Guid SourceId { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime? ReadAt { get; protected set; }

    /// <summary>
    /// When mail about it was settled: sent on its own, put in a digest, or not wanted. Null while a
    /// digest may still pick it up, so each notification reaches at most one mail.
    /// </summary>
    public DateTime? MailedAt { get; protected set; }

    public void MarkRead(DateTime now) => ReadAt ??= now;

    public void MarkMailed(DateTime now) => MailedAt ??= now;
}
