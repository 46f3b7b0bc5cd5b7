using CoDesign.Application.Persistence;
using CoDesign.Application.Workshops;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Workshops;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Users;

/// <summary>
/// "Delete my account" (GDPR art. 17). Ideas and comments stay, shown as by a deleted participant;
/// votes stay counted, but the account they point at no longer says who anyone is: e-mail, name,
/// password and phone are erased, and the sign-in is locked for good. Follows, notifications, settings,
/// memberships, roles and mail still waiting are removed; the new security stamp ends every session.
/// Seats and queue places at workshops still to come are given up (a freed seat goes to the person
/// waiting longest, who is told); at past workshops the registration stays, counted, pointing at the
/// anonymised account.
/// The caller (the page, after asking for the password again) decides who may do this.
/// </summary>
public sealed class AccountErasureAppService(ICoDesignDbContext db, ICurrentUser currentUser, ICurrentTenant currentTenant, WorkshopSeats seats, WorkshopMails mails, TimeProvider clock)
{
    public async Task EraseMeAsync(CancellationToken cancellationToken = default)
    {
        var me = currentUser.Id ?? throw new BusinessException(ErrorCodes.Unauthenticated, "Sign in first.");
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == me && u.DeletedAt == null, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("User");
        var now = clock.GetUtcNow().UtcDateTime;
        var oldEmail = user.Email;

        // Everything in one transaction: the anonymised account and every removal commit together.
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var _ = transaction.ConfigureAwait(false);
        await GiveUpWorkshopPlacesAsync(me, now, cancellationToken).ConfigureAwait(false);
        await db.NotificationPreferences.Where(p => p.UserId == me).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Notifications.IgnoreQueryFilters([TenantFilter.Name]).Where(n => n.UserId == me).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.IdeaFollowers.IgnoreQueryFilters([TenantFilter.Name]).Where(f => f.UserId == me).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.OrganisationMembers.Where(m => m.UserId == me).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.CityRoleAssignments.IgnoreQueryFilters([TenantFilter.Name]).Where(r => r.UserId == me).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.UserRoles.Where(r => r.UserId == me).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.OutboxMails.Where(m => m.Status == OutboxMailStatus.Pending && (m.RecipientUserId == me || m.ToAddress == oldEmail))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.AccessibilityFeedback.IgnoreQueryFilters([TenantFilter.Name]).Where(f => f.UserId == me)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Name, (string?)null).SetProperty(f => f.Email, (string?)null), cancellationToken).ConfigureAwait(false);

        var anonymous = $"deleted-{me:N}@deleted.invalid";
        user.Email = anonymous;
        user.NormalizedEmail = anonymous.ToUpperInvariant();
        user.UserName = anonymous;
        user.NormalizedUserName = anonymous.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.DisplayName = string.Empty;
        user.PasswordHash = null;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.TwoFactorEnabled = false;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.DeletedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every city's workshops still to come, in the order of their ids (the order every eraser locks
    /// them in), each under its own row lock inside the erasure's transaction. The cancellation mail to
    /// the person is queued and then removed with their other waiting mail.
    /// </summary>
    private async Task GiveUpWorkshopPlacesAsync(Guid me, DateTime now, CancellationToken cancellationToken)
    {
        var places = await (from r in db.WorkshopRegistrations.IgnoreQueryFilters([TenantFilter.Name])
                            join w in db.Workshops.IgnoreQueryFilters([TenantFilter.Name]) on r.WorkshopId equals w.Id
                            where r.UserId == me && r.Status != RegistrationStatus.Cancelled && w.StartsAt > now && w.CancelledAt == null
                            orderby w.Id
                            select new { w.Id, w.TenantId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var place in places)
        {
            using var city = currentTenant.Change(place.TenantId);
            var cityRow = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == place.TenantId, cancellationToken).ConfigureAwait(false);
            await seats.ChangeAsync(place.Id, async workshop =>
            {
                var registration = await db.WorkshopRegistrations.FirstAsync(r => r.WorkshopId == workshop.Id && r.UserId == me, cancellationToken).ConfigureAwait(false);
                return await WorkshopAppService.ReleaseAsync(db, seats, mails, workshop, registration, cityRow, now, cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
    }
}
