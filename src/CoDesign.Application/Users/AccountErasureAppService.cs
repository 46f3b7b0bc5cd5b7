using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Users;

/// <summary>
/// "Delete my account" (GDPR art. 17). Ideas and comments stay, shown as by a deleted participant;
/// votes stay counted, but the account they point at no longer says who anyone is: e-mail, name,
/// password and phone are erased, and the sign-in is locked for good. Follows, notifications, settings,
/// memberships, roles and mail still waiting are removed; the new security stamp ends every session.
/// The caller (the page, after asking for the password again) decides who may do this.
/// </summary>
public sealed class AccountErasureAppService(ICoDesignDbContext db, ICurrentUser currentUser, TimeProvider clock)
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
}
