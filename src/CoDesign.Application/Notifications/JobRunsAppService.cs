using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

public sealed record JobRunDto(string Job, string Node, DateTime StartedAt, DateTime? FinishedAt, bool? Succeeded, string? Message);

public sealed record JobRunsDto(IReadOnlyDictionary<string, JobRunDto> Latest, IReadOnlyList<JobRunDto> Failures);

/// <summary>What the scheduled jobs did: the latest run of each, and recent failures with their reasons (platform admins).</summary>
public sealed class JobRunsAppService(ICoDesignDbContext db, IPermissionChecker permissions)
{
    public async Task<JobRunsDto> RecentAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.PlatformJobsManage, cancellationToken).ConfigureAwait(false);
        var latestStarts = db.JobRuns.GroupBy(r => r.Job).Select(g => new { Job = g.Key, StartedAt = g.Max(r => r.StartedAt) });
        var latest = await (from r in db.JobRuns.AsNoTracking()
                            join l in latestStarts on new { r.Job, r.StartedAt } equals new { l.Job, l.StartedAt }
                            select new JobRunDto(r.Job, r.Node, r.StartedAt, r.FinishedAt, r.Succeeded, r.Message))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var failures = await db.JobRuns.AsNoTracking().Where(r => r.Succeeded == false).OrderByDescending(r => r.StartedAt).Take(20)
            .Select(r => new JobRunDto(r.Job, r.Node, r.StartedAt, r.FinishedAt, r.Succeeded, r.Message)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new JobRunsDto(latest.GroupBy(r => r.Job).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal), failures);
    }
}
