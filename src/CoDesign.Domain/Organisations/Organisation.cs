using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;

namespace CoDesign.Domain.Organisations;

/// <summary>A firm or a community; platform-wide, so it can take part in several cities.</summary>
public class Organisation : Entity
{
    public const int MaxNameLength = 150;

    protected Organisation()
    {
        Name = string.Empty;
    }

    private Organisation(Guid id, OrganisationKind kind, string name, string? businessId, CommunityType? communityType, DateTime createdAt)
        : base(id)
    {
        var n = (name ?? string.Empty).Trim();
        if (n.Length is 0 or > MaxNameLength)
        {
            throw new BusinessException(ErrorCodes.Validation, "Organisation name must be 1–150 characters.") { Field = nameof(Name) };
        }

        Kind = kind;
        Name = n;
        BusinessId = businessId;
        CommunityType = communityType;
        CreatedAt = createdAt;
    }

    public OrganisationKind Kind { get; protected set; }

    public string Name { get; protected set; }

    public string? BusinessId { get; protected set; }

    public CommunityType? CommunityType { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public static Organisation CreateFirm(Guid id, string name, string businessId, DateTime now)
    {
        var trimmed = (businessId ?? string.Empty).Trim();
        if (!Organisations.BusinessId.IsValid(trimmed))
        {
            throw new BusinessException(ErrorCodes.OrganisationBusinessIdInvalid, "The business ID is not valid.") { Field = nameof(BusinessId) };
        }

        return new Organisation(id, OrganisationKind.Firm, name, trimmed, null, now);
    }

    public static Organisation CreateCommunity(Guid id, string name, CommunityType type, DateTime now) =>
        new(id, OrganisationKind.Community, name, null, type, now);
}
