using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Users;

/// <summary>
/// "Download my data" (GDPR art. 15 and 20): everything the service holds about the signed-in
/// person, from every city, as one document. Only the person's own rows are read; cross-city reads
/// here are limited to them by the caller's own id.
/// </summary>
public sealed class PersonalDataAppService(ICoDesignDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<PersonalDataDto> ExportAsync(CancellationToken cancellationToken = default)
    {
        var me = currentUser.Id ?? throw new BusinessException(ErrorCodes.Unauthenticated, "Sign in first.");
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == me, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("User");
        var cities = await db.Cities.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, cancellationToken).ConfigureAwait(false);
        string City(Guid id) => cities.GetValueOrDefault(id, string.Empty);

        var ideas = await db.Ideas.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(i => i.AuthorId == me)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new { i.Id, i.TenantId, i.Title, i.Body, Status = i.Status.ToString(), i.CreatedAt, i.PublishedAt, i.OrganisationId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var comments = await db.Comments.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(c => c.AuthorId == me)
            .OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.TenantId, c.IdeaId, c.ParentId, c.Body, c.CreatedAt, c.DeletedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var votes = await db.Votes.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(v => v.VoterId == me)
            .OrderBy(v => v.CreatedAt).Select(v => new { v.TenantId, v.IdeaId, v.CreatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var follows = await db.IdeaFollowers.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(f => f.UserId == me)
            .OrderBy(f => f.CreatedAt).Select(f => new { f.TenantId, f.IdeaId, f.CreatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var notifications = await db.Notifications.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(n => n.UserId == me)
            .OrderBy(n => n.CreatedAt).Select(n => new { n.TenantId, n.Kind, n.IdeaId, n.CreatedAt, n.ReadAt, n.MailedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var memberships = await (from m in db.OrganisationMembers.AsNoTracking()
                                 join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
                                 where m.UserId == me
                                 select new { o.Id, o.Name, Kind = o.Kind.ToString(), o.BusinessId, m.IsManager, m.JoinedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var roles = await db.CityRoleAssignments.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(r => r.UserId == me)
            .Select(r => new { r.TenantId, Role = r.Role.ToString(), r.GrantedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reports = await db.ContentReports.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(r => r.ReporterId == me)
            .Select(r => new { r.TenantId, Target = r.Target.ToString(), r.TargetId, r.IdeaId, r.Reason, r.CreatedAt, r.ResolvedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var feedback = await db.AccessibilityFeedback.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(f => f.UserId == me)
            .Select(f => new { f.TenantId, f.Message, f.Name, f.Email, f.Page, f.CreatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == me)
            .Select(p => new { p.Kind, Frequency = p.Frequency.ToString(), p.UpdatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var mail = await db.OutboxMails.AsNoTracking().Where(m => m.RecipientUserId == me || m.ToAddress == user.Email)
            .OrderBy(m => m.CreatedAt).Select(m => new { m.Subject, m.Kind, Status = m.Status.ToString(), m.CreatedAt, m.SentAt }).ToListAsync(cancellationToken).ConfigureAwait(false);

        return new PersonalDataDto(
            clock.GetUtcNow().UtcDateTime,
            new ProfileDataDto(user.Id, user.Email, user.EmailConfirmed, user.DisplayName, user.PreferredLanguage, user.CreatedAt),
            ideas.Select(i => new IdeaDataDto(i.Id, City(i.TenantId), i.Title, i.Body, i.Status, i.CreatedAt, i.PublishedAt, i.OrganisationId)).ToList(),
            comments.Select(c => new CommentDataDto(c.Id, City(c.TenantId), c.IdeaId, c.ParentId, c.Body, c.CreatedAt, c.DeletedAt)).ToList(),
            votes.Select(v => new IdeaLinkDataDto(City(v.TenantId), v.IdeaId, v.CreatedAt)).ToList(),
            follows.Select(f => new IdeaLinkDataDto(City(f.TenantId), f.IdeaId, f.CreatedAt)).ToList(),
            notifications.Select(n => new NotificationDataDto(City(n.TenantId), n.Kind, n.IdeaId, n.CreatedAt, n.ReadAt, n.MailedAt)).ToList(),
            memberships.Select(m => new MembershipDataDto(m.Id, m.Name, m.Kind, m.BusinessId, m.IsManager, m.JoinedAt)).ToList(),
            roles.Select(r => new RoleDataDto(City(r.TenantId), r.Role, r.GrantedAt)).ToList(),
            reports.Select(r => new ReportDataDto(City(r.TenantId), r.Target, r.TargetId, r.IdeaId, r.Reason, r.CreatedAt, r.ResolvedAt)).ToList(),
            feedback.Select(f => new FeedbackDataDto(City(f.TenantId), f.Message, f.Name, f.Email, f.Page, f.CreatedAt)).ToList(),
            preferences.Select(p => new PreferenceDataDto(p.Kind, p.Frequency, p.UpdatedAt)).ToList(),
            mail.Select(m => new MailDataDto(m.Subject, m.Kind, m.Status, m.CreatedAt, m.SentAt)).ToList());
    }
}

public sealed record PersonalDataDto(
    DateTime ExportedAt,
    ProfileDataDto Profile,
    IReadOnlyList<IdeaDataDto> Ideas,
    IReadOnlyList<CommentDataDto> Comments,
    IReadOnlyList<IdeaLinkDataDto> Votes,
    IReadOnlyList<IdeaLinkDataDto> Follows,
    IReadOnlyList<NotificationDataDto> Notifications,
    IReadOnlyList<MembershipDataDto> Memberships,
    IReadOnlyList<RoleDataDto> CityRoles,
    IReadOnlyList<ReportDataDto> Reports,
    IReadOnlyList<FeedbackDataDto> AccessibilityFeedback,
    IReadOnlyList<PreferenceDataDto> NotificationPreferences,
    IReadOnlyList<MailDataDto> Mail);

public sealed record ProfileDataDto(Guid Id, string? Email, bool EmailConfirmed, string DisplayName, string PreferredLanguage, DateTime CreatedAt);

public sealed record IdeaDataDto(Guid Id, string City, string Title, string Body, string Status, DateTime CreatedAt, DateTime? PublishedAt, Guid? OrganisationId);

public sealed record CommentDataDto(Guid Id, string City, Guid IdeaId, Guid? ParentId, string Body, DateTime CreatedAt, DateTime? DeletedAt);

public sealed record IdeaLinkDataDto(string City, Guid IdeaId, DateTime At);

public sealed record NotificationDataDto(string City, string Kind, Guid IdeaId, DateTime CreatedAt, DateTime? ReadAt, DateTime? MailedAt);

public sealed record MembershipDataDto(Guid OrganisationId, string Name, string Kind, string? BusinessId, bool IsManager, DateTime JoinedAt);

public sealed record RoleDataDto(string City, string Role, DateTime GrantedAt);

public sealed record ReportDataDto(string City, string Target, Guid TargetId, Guid IdeaId, string Reason, DateTime CreatedAt, DateTime? ResolvedAt);

public sealed record FeedbackDataDto(string City, string Message, string? Name, string? Email, string? Page, DateTime CreatedAt);

public sealed record PreferenceDataDto(string Kind, string Frequency, DateTime UpdatedAt);

public sealed record MailDataDto(string Subject, string Kind, string Status, DateTime CreatedAt, DateTime? SentAt);
