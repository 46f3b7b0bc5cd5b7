using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

/// <summary>The mail log for platform admins: what was sent, what waits, what failed and why.</summary>
public sealed class MailAdminAppService(ICoDesignDbContext db, IPermissionChecker permissions)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<MailSummaryDto>> ListAsync(OutboxMailStatus? status, int page, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.PlatformMailView, cancellationToken).ConfigureAwait(false);
        var query = db.OutboxMails.AsNoTracking();
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
        await permissions.CheckAsync(CoDesignPermissions.PlatformMailView, cancellationToken).ConfigureAwait(false);
        var m = await db.OutboxMails.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Mail");
        return new MailDetailDto(new MailSummaryDto(m.Id, m.ToAddress, m.Subject, m.Kind, m.Status.ToString(), m.Attempts, m.CreatedAt, m.SentAt, m.LastError), m.TextBody, m.UnsubscribeUrl);
    }
}
