using System.Globalization;
using CoDesign.Application.Localization;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Accountability;

/// <summary>
/// Response-time accountability, computed from the same rows the idea pages show: ideas past the
/// support threshold, their response deadline and the time of the city's first response.
/// </summary>
public sealed class AccountabilityAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentTenant currentTenant, TimeProvider clock)
{
    private static readonly IdeaStatus[] Outcomes = [IdeaStatus.Accepted, IdeaStatus.InProgress, IdeaStatus.Implemented, IdeaStatus.NotPursued];

    public async Task<OfficialsDashboardDto> DashboardAsync(string language, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.ResponsesManage, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (from i in db.Ideas.AsNoTracking()
                          join c in db.Categories.AsNoTracking() on i.CategoryId equals c.Id
                          where i.ThresholdReachedAt != null && i.FirstResponseAt == null && i.ResponseDueAt != null
                                && i.Status != IdeaStatus.Hidden && i.Status != IdeaStatus.Merged
                          orderby i.ResponseDueAt
                          select new { i.Id, i.Title, c.NameFi, c.NameSv, c.NameEn, i.VoteCount, Reached = i.ThresholdReachedAt!.Value, Due = i.ResponseDueAt!.Value })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Select(r => new DueIdeaDto(r.Id, r.Title, Languages.Pick(language, r.NameFi, r.NameSv, r.NameEn), r.VoteCount, r.Reached, r.Due, (int)Math.Floor((r.Due - now).TotalDays))).ToList();
        return new OfficialsDashboardDto(
            items.Where(i => i.DueAt < now).ToList(),
            items.Where(i => i.DueAt >= now && i.DueAt <= now.AddDays(7)).ToList(),
            items.Where(i => i.DueAt > now.AddDays(7)).ToList());
    }

    /// <summary>Public figures; anyone may read them.</summary>
    public async Task<AccountabilityReportDto> ReportAsync(string language, CancellationToken cancellationToken = default)
    {
        var cityId = currentTenant.Id ?? throw new EntityNotFoundException("City");
        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == cityId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (from i in db.Ideas.AsNoTracking()
                          join c in db.Categories.AsNoTracking() on i.CategoryId equals c.Id
                          where i.ThresholdReachedAt != null && i.Status != IdeaStatus.Hidden && i.Status != IdeaStatus.Merged
                          select new { c.NameFi, c.NameSv, c.NameEn, Reached = i.ThresholdReachedAt!.Value, i.ResponseDueAt, i.FirstResponseAt, i.Status })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = await db.Ideas.AsNoTracking().Where(i => Outcomes.Contains(i.Status)).GroupBy(i => i.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);

        ResponseTimeRowDto Row(string label, IEnumerable<(DateTime Reached, DateTime? Due, DateTime? First)> group)
        {
            var list = group.ToList();
            var answered = list.Where(x => x.First is not null).ToList();
            // An answer given before the threshold was reached kept the promise at once: zero days, not negative.
            var days = answered.Select(x => Math.Max(0, (x.First!.Value - x.Reached).TotalDays)).OrderBy(d => d).ToList();
            return new ResponseTimeRowDto(label, list.Count, answered.Count, answered.Count(x => x.Due is null || x.First <= x.Due), Percentile(days, 0.5), Percentile(days, 0.9));
        }

        var all = rows.Select(r => (r.Reached, r.ResponseDueAt, r.FirstResponseAt)).ToList();
        var total = Row(string.Empty, all);
        var byCategory = rows.GroupBy(r => Languages.Pick(language, r.NameFi, r.NameSv, r.NameEn))
            .Select(g => Row(g.Key, g.Select(r => (r.Reached, r.ResponseDueAt, r.FirstResponseAt)))).OrderBy(r => r.Label, StringComparer.Create(Languages.Culture(language), false)).ToList();
        var byMonth = rows.GroupBy(r => HelsinkiTime.ToLocal(r.Reached).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderByDescending(g => g.Key).Take(12)
            .Select(g => Row(g.Key, g.Select(r => (r.Reached, r.ResponseDueAt, r.FirstResponseAt)))).ToList();
        return new AccountabilityReportDto(
            total.ThresholdIdeas,
            total.Answered,
            total.AnsweredOnTime,
            all.Count(x => x.FirstResponseAt is null),
            all.Count(x => x.FirstResponseAt is null && x.ResponseDueAt < now),
            total.MedianDays,
            total.P90Days,
            byCategory,
            byMonth,
            Outcomes.ToDictionary(s => s.ToString(), s => outcomes.FirstOrDefault(o => o.Key == s)?.Count ?? 0),
            city.SupportThreshold,
            city.ResponseDays);
    }

    /// <summary>Nearest-rank percentile of sorted values; null when there are none.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)], 1, MidpointRounding.AwayFromZero);
    }
}
