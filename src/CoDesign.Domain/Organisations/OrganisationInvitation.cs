using CoDesign.Domain.Entities;
using CoDesign.Domain.Notifications;

namespace CoDesign.Domain.Organisations;

/// <summary>An invitation by e-mail to join an organisation; only the hash of its token is stored.</summary>
public class OrganisationInvitation : Entity
{
    protected OrganisationInvitation()
    {
        Email = string.Empty;
        TokenHash = string.Empty;
    }

    public OrganisationInvitation(Guid id, Guid organisationId, string email, string tokenHash, Guid invitedById, DateTime createdAt, DateTime expiresAt)
        : base(id)
    {
        OrganisationId = organisationId;
        Email = MailGuard.Address(email);
        TokenHash = tokenHash;
        InvitedById = invitedById;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid OrganisationId { get; protected set; }

    public string Email { get; protected set; }

    public string TokenHash { get; protected set; }

    public Guid InvitedById { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime ExpiresAt { get; protected set; }

    public DateTime? AcceptedAt { get; protected set; }

    public Guid? AcceptedById { get; protected set; }

    public bool IsOpenAt(DateTime now) => AcceptedAt is null && ExpiresAt > now;

    public void Accept(Guid userId, DateTime now)
    {
        AcceptedAt = now;
        AcceptedById = userId;
    }
}
