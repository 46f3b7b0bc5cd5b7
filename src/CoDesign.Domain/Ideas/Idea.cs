using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Ideas;

/// <summary>A proposal for how a city's services should develop.</summary>
public class Idea : Entity, IMultiTenant
{
    public const int MinTitleLength = 5;
    public const int MaxTitleLength = 150;
    public const int MaxBodyLength = 10_000;
    public const int MaxDistrictLength = 100;
    public const int MaxLanguageLength = 5;
    public const int MaxContactEmailLength = 254;

    protected Idea()
    {
        Title = string.Empty;
        Body = string.Empty;
        Language = "fi";
        SearchKeys = " ";
    }

    internal Idea(Guid id, Guid tenantId, string title, string body, Guid categoryId, string language, Guid? authorId, Guid? organisationId, ParticipationChannel channel, DateTime createdAt)
        : base(id)
    {
        TenantId = tenantId;
        Title = GuardTitle(title);
        Body = GuardBody(body);
        CategoryId = categoryId;
        Language = language;
        AuthorId = authorId;
        OrganisationId = organisationId;
        Channel = channel;
        CreatedAt = createdAt;
        LastActivityAt = createdAt;
        Status = IdeaStatus.Draft;
        SearchKeys = Search.TextKeys.ForIndex(Title, Body);
        RandomKey = (int)(BitConverter.ToUInt32(id.ToByteArray(), 12) & 0x7FFFFFFF);
    }

    public Guid TenantId { get; protected set; }

    public string Title { get; protected set; }

    public string Body { get; protected set; }

    public Guid CategoryId { get; protected set; }

    public string? District { get; protected set; }

    public double? Latitude { get; protected set; }

    public double? Longitude { get; protected set; }

    public string Language { get; protected set; }

    /// <summary>The participant who wrote it; null for an idea recorded on behalf of a resident without an account.</summary>
    public Guid? AuthorId { get; protected set; }

    public Guid? OrganisationId { get; protected set; }

    /// <summary>The co-design process the idea was sent into; null for the city's open board.</summary>
    public Guid? ProcessId { get; protected set; }

    public ParticipationChannel Channel { get; protected set; }

    public IdeaStatus Status { get; protected set; }

    /// <summary>Kept in step with the Votes table in the same transaction; never computed with COUNT(*) on reads.</summary>
    public int VoteCount { get; protected set; }

    public int CommentCount { get; protected set; }

    public int FollowerCount { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime? PublishedAt { get; protected set; }

    public DateTime LastActivityAt { get; protected set; }

    public DateTime? ThresholdReachedAt { get; protected set; }

    public DateTime? ResponseDueAt { get; protected set; }

    public Guid? MergedIntoId { get; protected set; }

    /// <summary>The public reason a moderator gave for hiding the idea.</summary>
    public string? HiddenReason { get; protected set; }

    /// <summary>Where a hidden idea returns to when restored.</summary>
    public IdeaStatus? StatusBeforeHidden { get; protected set; }

    /// <summary>Hidden for now because enough people reported it; a moderator decides.</summary>
    public bool ProvisionallyHidden { get; protected set; }

    /// <summary>When the city first answered: the end of the response-time clock.</summary>
    public DateTime? FirstResponseAt { get; protected set; }

    /// <summary>Inflection-tolerant keys of the title and body (see <see cref="Search.TextKeys"/>).</summary>
    public string SearchKeys { get; protected set; }

    /// <summary>A fixed random number per idea: "random" order is a function of it and the visitor's seed.</summary>
    public int RandomKey { get; protected set; }

    /// <summary>The official or advisor who recorded an idea on behalf of a resident without an account.</summary>
    public Guid? RecordedById { get; protected set; }

    /// <summary>The resident's consent to record and publish the idea was noted (assisted participation).</summary>
    public bool ConsentNoted { get; protected set; }

    /// <summary>Where an assisted resident wants updates; personal data, never shown publicly.</summary>
    public string? ContactEmail { get; protected set; }

    public bool IsOpenForVoting => Status is IdeaStatus.Published or IdeaStatus.UnderReview;

    /// <summary>Places the idea in a process of its own city (or on the open board with null).</summary>
    public void SetProcess(Processes.Process? process)
    {
        if (process is not null && process.TenantId != TenantId)
        {
            throw new TenantMismatchException();
        }

        ProcessId = process?.Id;
    }

    public void SetPlace(string? district, double? latitude, double? longitude)
    {
        if (district is { Length: > MaxDistrictLength })
        {
            throw new BusinessException(ErrorCodes.Validation, "District is too long.") { Field = nameof(District) };
        }

        // Written as ranges that hold, so that NaN (which compares false with everything) is refused too.
        if ((latitude is null) != (longitude is null) || latitude is not (null or (>= -90 and <= 90)) || longitude is not (null or (>= -180 and <= 180)))
        {
            throw new BusinessException(ErrorCodes.Validation, "Coordinates are invalid.") { Field = nameof(Latitude) };
        }

        District = string.IsNullOrWhiteSpace(district) ? null : district.Trim();
        Latitude = latitude;
        Longitude = longitude;
    }

    public void Edit(string title, string body, Guid categoryId, DateTime now)
    {
        Title = GuardTitle(title);
        Body = GuardBody(body);
        CategoryId = categoryId;
        SearchKeys = Search.TextKeys.ForIndex(Title, Body);
        LastActivityAt = now;
    }

    public void SetOrganisation(Guid? organisationId) => OrganisationId = organisationId;

    public const int MaxHiddenReasonLength = 1_000;

    /// <summary>A moderator hides the idea; its page shows the public reason instead of the content.</summary>
    public void Hide(string reason, DateTime now)
    {
        var r = (reason ?? string.Empty).Trim();
        if (r.Length is 0 or > MaxHiddenReasonLength)
        {
            throw new BusinessException(ErrorCodes.ModerationReasonRequired, "A public reason is required.") { Field = "Reason" };
        }

        if (Status != IdeaStatus.Hidden)
        {
            StatusBeforeHidden = Status;
        }

        Status = IdeaStatus.Hidden;
        HiddenReason = r;
        ProvisionallyHidden = false;
        LastActivityAt = now;
    }

    /// <summary>Undoes a hiding (final or provisional): the idea returns to where it was.</summary>
    public void Restore(DateTime now)
    {
        if (Status == IdeaStatus.Hidden)
        {
            Status = StatusBeforeHidden ?? IdeaStatus.Published;
        }

        StatusBeforeHidden = null;
        HiddenReason = null;
        ProvisionallyHidden = false;
        LastActivityAt = now;
    }

    public void HideProvisionally() => ProvisionallyHidden = true;

    /// <summary>This idea is a duplicate of <paramref name="target"/>: it points there from now on.</summary>
    public void MergeInto(Idea target, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Id == Id || target.TenantId != TenantId || target.Status is IdeaStatus.Merged or IdeaStatus.Hidden or IdeaStatus.Draft or IdeaStatus.AwaitingModeration
            || Status is IdeaStatus.Merged or IdeaStatus.Draft)
        {
            throw new BusinessException(ErrorCodes.MergeNotAllowed, "These ideas cannot be merged.") { Field = "TargetId" };
        }

        Status = IdeaStatus.Merged;
        MergedIntoId = target.Id;
        LastActivityAt = now;
    }

    /// <summary>A moderator approves an idea waiting in the pre-moderation queue.</summary>
    public void Approve(DateTime now)
    {
        if (Status != IdeaStatus.AwaitingModeration)
        {
            throw new BusinessException(ErrorCodes.StatusTransitionNotAllowed, "Only ideas awaiting moderation can be approved.");
        }

        Publish(now);
    }

    /// <summary>Notes that staff recorded the idea for a resident, with their consent and an optional contact address.</summary>
    public void MarkAssisted(Guid recordedById, bool consentNoted, string? contactEmail)
    {
        if (!consentNoted)
        {
            throw new BusinessException(ErrorCodes.Validation, "The resident's consent must be noted.") { Field = nameof(ConsentNoted) };
        }

        if (!string.IsNullOrWhiteSpace(contactEmail) && !Notifications.MailGuard.IsValidAddress(contactEmail))
        {
            throw new BusinessException(ErrorCodes.Validation, "Invalid e-mail address.") { Field = nameof(ContactEmail) };
        }

        RecordedById = recordedById;
        ConsentNoted = true;
        ContactEmail = string.IsNullOrWhiteSpace(contactEmail) ? null : contactEmail.Trim();
    }

    public void Publish(DateTime now)
    {
        Status = IdeaStatus.Published;
        PublishedAt ??= now;
        LastActivityAt = now;
    }

    public void SubmitForModeration(DateTime now)
    {
        Status = IdeaStatus.AwaitingModeration;
        LastActivityAt = now;
    }

    public void ChangeStatus(IdeaStatus status, DateTime now)
    {
        Status = status;
        LastActivityAt = now;
    }

    /// <summary>Which statuses an official may move an idea to from its current one (PRODUCT.md life cycle).</summary>
    public static IReadOnlyList<IdeaStatus> NextStatuses(IdeaStatus from) => from switch
    {
        IdeaStatus.Published => [IdeaStatus.UnderReview, IdeaStatus.Accepted, IdeaStatus.InProgress, IdeaStatus.Implemented, IdeaStatus.NotPursued],
        IdeaStatus.UnderReview => [IdeaStatus.UnderReview, IdeaStatus.Accepted, IdeaStatus.InProgress, IdeaStatus.Implemented, IdeaStatus.NotPursued],
        IdeaStatus.Accepted => [IdeaStatus.Accepted, IdeaStatus.InProgress, IdeaStatus.Implemented, IdeaStatus.NotPursued],
        IdeaStatus.InProgress => [IdeaStatus.InProgress, IdeaStatus.Implemented, IdeaStatus.NotPursued],
        IdeaStatus.Implemented => [IdeaStatus.Implemented],
        IdeaStatus.NotPursued => [IdeaStatus.NotPursued, IdeaStatus.UnderReview],
        _ => [],
    };

    /// <summary>An official's answer: moves the status along the life cycle and stops the response clock.</summary>
    public IdeaResponse Respond(Guid officialId, IdeaStatus to, string? textFi, string? textSv, string? textEn, DateTime now)
    {
        if (!NextStatuses(Status).Contains(to))
        {
            throw new BusinessException(ErrorCodes.StatusTransitionNotAllowed, $"{Status} cannot become {to}.") { Field = "Status" };
        }

        var response = new IdeaResponse(Guid.CreateVersion7(now), TenantId, Id, officialId, Status, to, textFi, textSv, textEn, now);
        Status = to;
        FirstResponseAt ??= now;
        LastActivityAt = now;
        return response;
    }

    internal void VoteAdded(int threshold, int responseDays, DateTime now)
    {
        VoteCount++;
        LastActivityAt = now;
        if (ThresholdReachedAt is null && VoteCount >= threshold)
        {
            ThresholdReachedAt = now;
            ResponseDueAt = now.AddDays(responseDays);
        }
    }

    internal void CommentAdded(DateTime now)
    {
        CommentCount++;
        LastActivityAt = now;
    }

    private static string GuardTitle(string title)
    {
        var t = (title ?? string.Empty).Trim();
        if (t.Length is < MinTitleLength or > MaxTitleLength)
        {
            throw new BusinessException(ErrorCodes.Validation, $"Title must be {MinTitleLength}–{MaxTitleLength} characters.") { Field = nameof(Title) };
        }

        return t;
    }

    private static string GuardBody(string body)
    {
        var b = (body ?? string.Empty).Trim();
        if (b.Length is 0 or > MaxBodyLength)
        {
            throw new BusinessException(ErrorCodes.Validation, $"Body must be 1–{MaxBodyLength} characters.") { Field = nameof(Body) };
        }

        return b;
    }
}
