using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Ideas;

/// <summary>
/// The city's public answer to an idea, given with a status change. Corrections keep the earlier
/// wording as <see cref="IdeaResponseRevision"/> rows, so the public record is never silently rewritten.
/// </summary>
public class IdeaResponse : Entity, IMultiTenant
{
    public const int MaxTextLength = 8_000;

    protected IdeaResponse()
    {
    }

    internal IdeaResponse(Guid id, Guid tenantId, Guid ideaId, Guid officialId, IdeaStatus fromStatus, IdeaStatus toStatus, string? textFi, string? textSv, string? textEn, DateTime createdAt)
        : base(id)
    {
        TenantId = tenantId;
        IdeaId = ideaId;
        OfficialId = officialId;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        CreatedAt = createdAt;
        SetTexts(textFi, textSv, textEn, toStatus);
    }

    public Guid TenantId { get; protected set; }

    public Guid IdeaId { get; protected set; }

    public Guid OfficialId { get; protected set; }

    public IdeaStatus FromStatus { get; protected set; }

    public IdeaStatus ToStatus { get; protected set; }

    public string? TextFi { get; protected set; }

    public string? TextSv { get; protected set; }

    public string? TextEn { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime? CorrectedAt { get; protected set; }

    /// <summary>The text in the language asked for, or in another language when that one is missing.</summary>
    public (string Text, string Language) TextFor(string language) => language switch
    {
        "sv" when TextSv is not null => (TextSv, "sv"),
        "en" when TextEn is not null => (TextEn, "en"),
        _ when TextFi is not null => (TextFi, "fi"),
        _ when TextSv is not null => (TextSv, "sv"),
        _ => (TextEn ?? string.Empty, "en"),
    };

    /// <summary>
    /// Corrects the wording; a language left out (null) keeps its text, an empty one removes it.
    /// The caller stores the returned revision, which holds the old wording.
    /// </summary>
    public IdeaResponseRevision Correct(Guid officialId, string? textFi, string? textSv, string? textEn, DateTime now)
    {
        var revision = new IdeaResponseRevision(Guid.CreateVersion7(now), TenantId, Id, TextFi, TextSv, TextEn, officialId, now);
        SetTexts(textFi ?? TextFi, textSv ?? TextSv, textEn ?? TextEn, ToStatus);
        CorrectedAt = now;
        return revision;
    }

    private void SetTexts(string? fi, string? sv, string? en, IdeaStatus status)
    {
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var (cfi, csv, cen) = (Clean(fi), Clean(sv), Clean(en));
        if (cfi is null && csv is null && cen is null)
        {
            throw new BusinessException(
                status == IdeaStatus.NotPursued ? ErrorCodes.ResponseReasonRequired : ErrorCodes.ResponseTextRequired,
                "A public response is required.") { Field = "TextFi" };
        }

        if ((cfi?.Length ?? 0) > MaxTextLength || (csv?.Length ?? 0) > MaxTextLength || (cen?.Length ?? 0) > MaxTextLength)
        {
            throw new BusinessException(ErrorCodes.Validation, "The response is too long.") { Field = "TextFi" };
        }

        (TextFi, TextSv, TextEn) = (cfi, csv, cen);
    }
}
