using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

/// <summary>
/// The mail log: what was sent, what waits, what failed and why. Platform admins see all mail;
/// a city admin sees the mail about their own city only (its digests, notifications, feedback).
/// </summary>
public sealed class MailAdminAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentTenant tenant)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<MailSummaryDto>> ListAsync(OutboxMailStatus? status, int page, CancellationToken cancellationToken = default)
    {
        var query = await ScopeAsync(cancellationToken).ConfigureAwait(false);
        if (status is { } s)
        {
            query = query.Where(m => m.Status == s);
        }

        return await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize)
            .Select(m => new MailSummaryDto(m.Id, m.ToAddress, m.Subject, m.Kind, m.Status.ToString(), m.Attempts, m.CreatedAt, m.SentAt, m.LastError))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<MailDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var query = await ScopeAsync(cancellationToken).ConfigureAwait(false);
        var m = await query.FirstOrDefaultAsync(x => x.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Mail");
        return new MailDetailDto(new MailSummaryDto(m.Id, m.ToAddress, m.Subject, m.Kind, m.Status.ToString(), m.Attempts, m.CreatedAt, m.SentAt, m.LastError), m.TextBody, m.UnsubscribeUrl, m.HtmlBody);
    }

    /// <summary>Inside a city's space: that city's mail, for its admins. Outside: all mail, for platform admins.</summary>
    private async Task<IQueryable<OutboxMail>> ScopeAsync(CancellationToken cancellationToken)
    {
        if (tenant.Id is { } cityId)
        {
            await permissions.CheckAsync(CoDesignPermissions.CityMailView, cancellationToken).ConfigureAwait(false);
            return db.OutboxMails.AsNoTracking().Where(m => m.TenantId == cityId);
        }

        await permissions.CheckAsync(CoDesignPermissions.PlatformMailView, cancellationToken).ConfigureAwait(false);
        return db.OutboxMails.AsNoTracking();
    }
}
