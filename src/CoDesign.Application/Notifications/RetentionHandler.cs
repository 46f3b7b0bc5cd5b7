using CoDesign.Application.Persistence;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

/// <summary>What a retention run removed.</summary>
public sealed record RetentionResult(int Notifications, int Mails, int JobRuns)
{
    public override string ToString() => $"removed {Notifications} notifications, {Mails} mails, {JobRuns} job runs";
}

/// <summary>
/// Enforces the retention settings (GDPR storage limitation): old notifications, the mail log
/// (addresses and bodies of sent or failed mail) and job records are deleted. Mail still waiting is
/// never touched, and digest keys are kept long enough (the log period is far longer than a week)
/// that a late retry cannot send a period's digest twice.
/// </summary>
public sealed class RetentionHandler(ICoDesignDbContext db, RetentionOptions options, TimeProvider clock)
{
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var notificationsBefore = now.AddDays(-Math.Max(1, options.NotificationDays));
        var mailBefore = now.AddDays(-Math.Max(8, options.MailLogDays));
        var runsBefore = now.AddDays(-Math.Max(1, options.JobRunDays));
        var notifications = await db.Notifications.IgnoreQueryFilters([TenantFilter.Name]).Where(n => n.CreatedAt < notificationsBefore)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var mails = await db.OutboxMails.Where(m => m.Status != OutboxMailStatus.Pending && m.CreatedAt < mailBefore)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var runs = await db.JobRuns.Where(r => r.StartedAt < runsBefore).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return new RetentionResult(notifications, mails, runs);
    }
}
