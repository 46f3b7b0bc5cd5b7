using CoDesign.Domain.Entities;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Ideas;

/// <summary>An earlier wording of a corrected official response.</summary>
public class IdeaResponseRevision : Entity, IMultiTenant
{
    protected IdeaResponseRevision()
    {
    }

    internal IdeaResponseRevision(Guid id, Guid tenantId, Guid responseId, string? textFi, string? textSv, string? textEn, Guid correctedById, DateTime correctedAt)
        : base(id)
    {
        TenantId = tenantId;
        ResponseId = responseId;
        TextFi = textFi;
        TextSv = textSv;
        TextEn = textEn;
        CorrectedById = correctedById;
        CorrectedAt = correctedAt;
    }

    public Guid TenantId { get; protected set; }

    public Guid ResponseId { get; protected set; }

    public string? TextFi { get; protected set; }

    public string? TextSv { get; protected set; }

    public string? TextEn { get; protected set; }

    public Guid CorrectedById { get; protected set; }

    public DateTime CorrectedAt { get; protected set; }
}
