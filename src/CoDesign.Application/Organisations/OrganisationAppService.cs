using System.Security.Cryptography;
using System.Text;
using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Organisations;

/// <summary>
/// Firms and communities: founding one (its founder manages it), inviting members by e-mail and
/// accepting an invitation. Organisations are platform-wide; a member may submit ideas on the
/// organisation's behalf in any city, but every vote stays the person's own.
/// </summary>
public sealed class OrganisationAppService(
    ICoDesignDbContext db,
    ICurrentUser currentUser,
    MailComposer composer,
    ITextCatalog texts,
    IPublicUrls urls,
    TimeProvider clock)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    public async Task<Guid> CreateFirmAsync(string name, string businessId, CancellationToken cancellationToken = default)
    {
        var me = Me();
        var now = clock.GetUtcNow().UtcDateTime;
        var firm = Organisation.CreateFirm(Guid.CreateVersion7(now), name, businessId, now);
        if (await db.Organisations.AnyAsync(o => o.BusinessId == firm.BusinessId, cancellationToken).ConfigureAwait(false))
        {
            throw BusinessIdTaken();
        }

        try
        {
            return await FoundAsync(firm, me, now, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another request with the same business ID got there first and the unique index kept it: the same answer as if it had been there before.
            if (!await db.Organisations.AsNoTracking().AnyAsync(o => o.BusinessId == firm.BusinessId, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            throw BusinessIdTaken();
        }
    }

    public async Task<Guid> CreateCommunityAsync(string name, CommunityType type, CancellationToken cancellationToken = default)
    {
        var me = Me();
        var now = clock.GetUtcNow().UtcDateTime;
        if (!Enum.IsDefined(type))
        {
            throw new BusinessException(ErrorCodes.Validation, "Unknown community type.") { Field = "CommunityType" };
        }

        return await FoundAsync(Organisation.CreateCommunity(Guid.CreateVersion7(now), name, type, now), me, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The person's organisations with their members: two queries, however many organisations.</summary>
    public async Task<IReadOnlyList<OrganisationDto>> MineAsync(CancellationToken cancellationToken = default)
    {
        var me = Me();
        var ids = db.OrganisationMembers.Where(m => m.UserId == me).Select(m => m.OrganisationId);
        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var members = await MembersAsync(ids, cancellationToken).ConfigureAwait(false);
        return organisations
            .Select(o => ToDto(o, members.Where(m => m.OrganisationId == o.Id).Select(m => m.Member).ToList(), me))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>An organisation's details and members, for its members only.</summary>
    public async Task<OrganisationDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var me = Me();
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Organisation");
        var members = (await MembersAsync(db.Organisations.Where(o => o.Id == id).Select(o => o.Id), cancellationToken).ConfigureAwait(false)).Select(m => m.Member).ToList();
        if (members.All(m => m.UserId != me))
        {
            throw new EntityNotFoundException("Organisation");
        }

        return ToDto(organisation, members, me);
    }

    private async Task<List<(Guid OrganisationId, MemberDto Member)>> MembersAsync(IQueryable<Guid> organisationIds, CancellationToken cancellationToken)
    {
        var rows = await (from m in db.OrganisationMembers.AsNoTracking()
                          join u in db.Users.AsNoTracking() on m.UserId equals u.Id
                          where organisationIds.Contains(m.OrganisationId)
                          orderby u.DisplayName
                          select new { m.OrganisationId, u.Id, u.DisplayName, m.IsManager, m.JoinedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (r.OrganisationId, new MemberDto(r.Id, r.DisplayName, r.IsManager, r.JoinedAt))).ToList();
    }

    private static OrganisationDto ToDto(Organisation organisation, List<MemberDto> members, Guid me) =>
        new(organisation.Id, organisation.Name, organisation.Kind.ToString(), organisation.BusinessId, organisation.CommunityType?.ToString(),
            members.Any(m => m.UserId == me && m.IsManager), members.Count, members);

    /// <summary>A manager invites a person by e-mail; the mail carries a single-use link valid for two weeks.</summary>
    public async Task InviteAsync(Guid organisationId, string email, string language, CancellationToken cancellationToken = default)
    {
        var me = Me();
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Organisation");
        if (!await db.OrganisationMembers.AnyAsync(m => m.OrganisationId == organisationId && m.UserId == me && m.IsManager, cancellationToken).ConfigureAwait(false))
        {
            throw new BusinessException(ErrorCodes.Forbidden, "Only a manager may invite.");
        }

        var address = MailGuard.Address(email);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = WebSafe(RandomNumberGenerator.GetBytes(32));
        var invitation = new OrganisationInvitation(Guid.CreateVersion7(now), organisationId, address, Hash(token), me, now, now + InvitationLifetime);
        db.OrganisationInvitations.Add(invitation);

        var lang = Languages.Normalize(language);
        var content = composer.Compose(
            lang,
            string.Format(Languages.Culture(lang), texts.Text("Mail.Invite.Subject", lang), organisation.Name),
            string.Format(Languages.Culture(lang), texts.Text("Mail.Invite.Heading", lang), organisation.Name),
            [string.Format(Languages.Culture(lang), texts.Text("Mail.Invite.Body", lang), organisation.Name), texts.Text("Mail.IgnoreIfNotYou", lang)],
            texts.Text("Mail.Invite.Action", lang),
            urls.Absolute("/account/organisations/join?token=" + token));
        db.OutboxMails.Add(new OutboxMail(Guid.CreateVersion7(now), null, address, content.Subject, content.Text, content.Html, MailKinds.OrganisationInvitation, $"{MailKinds.OrganisationInvitation}:{invitation.Id:N}", now));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The signed-in person accepts an invitation by its token and becomes a member.</summary>
    public async Task<Guid> AcceptAsync(string token, CancellationToken cancellationToken = default)
    {
        var me = Me();
        var hash = Hash(token ?? string.Empty);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.OrganisationInvitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken).ConfigureAwait(false);
        if (invitation is null || !invitation.IsOpenAt(now))
        {
            throw new BusinessException(ErrorCodes.InvitationInvalid, "The invitation is not valid.");
        }

        // The link was sent to one address: only the account with that address may use it.
        var myEmail = await db.Users.Where(u => u.Id == me).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(myEmail, invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessException(ErrorCodes.InvitationOtherAddress, "The invitation was sent to another address.");
        }

        invitation.Accept(me, now);
        if (!await db.OrganisationMembers.AnyAsync(m => m.OrganisationId == invitation.OrganisationId && m.UserId == me, cancellationToken).ConfigureAwait(false))
        {
            db.OrganisationMembers.Add(new OrganisationMember(Guid.CreateVersion7(now), invitation.OrganisationId, me, false, now));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return invitation.OrganisationId;
    }

    /// <summary>The organisation an invitation is for, to show before accepting; null when it is not valid.</summary>
    public async Task<string?> InvitationOrganisationAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = Hash(token ?? string.Empty);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.OrganisationInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken).ConfigureAwait(false);
        if (invitation is null || !invitation.IsOpenAt(now))
        {
            return null;
        }

        return await db.Organisations.AsNoTracking().Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Guid> FoundAsync(Organisation organisation, Guid founder, DateTime now, CancellationToken cancellationToken)
    {
        db.Organisations.Add(organisation);
        db.OrganisationMembers.Add(new OrganisationMember(Guid.CreateVersion7(now), organisation.Id, founder, true, now));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return organisation.Id;
    }

    private static BusinessException BusinessIdTaken() =>
        new(ErrorCodes.OrganisationBusinessIdTaken, "An organisation with this business ID exists.") { Field = "BusinessId" };

    private Guid Me() => currentUser.Id ?? throw new BusinessException(ErrorCodes.Unauthenticated, "Sign-in required.");

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string WebSafe(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
