using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Ideas;

/// <summary>A participant's report of an idea or comment that breaks the rules; one per person and target.</summary>
public class ContentReport : Entity, IMultiTenant
{
    public const int MaxReasonLength = 1_000;

    protected ContentReport()
    {
        Reason = string.Empty;
    }

    public ContentReport(Guid id, Guid tenantId, ReportTarget target, Guid targetId, Guid ideaId, Guid reporterId, string reason, DateTime createdAt)
        : base(id)
    {
        var r = (reason ?? string.Empty).Trim();
        if (r.Length is 0 or > MaxReasonLength)
        {
            throw new BusinessException(ErrorCodes.Validation, "A reason of 1–1000 characters is required.") { Field = nameof(Reason) };
        }

        TenantId = tenantId;
        Target = target;
        TargetId = targetId;
        IdeaId = ideaId;
        ReporterId = reporterId;
        Reason = r;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; protected set; }

    public ReportTarget Target { get; protected set; }

    public Guid TargetId { get; protected set; }

    public Guid IdeaId { get; protected set; }

    public Guid ReporterId { get; protected set; }

    public string Reason { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime? ResolvedAt { get; protected set; }

    /// <summary>"hidden" or "dismissed".</summary>
    public string? Resolution { get; protected set; }

    public void Resolve(string resolution, DateTime now)
    {
        ResolvedAt ??= now;
        Resolution ??= resolution;
    }
}
