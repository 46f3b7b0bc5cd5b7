using System.Globalization;
using CoDesign.Application.Notifications;
using CoDesign.Application.Permissions;
using CoDesign.Web.Jobs;
using CoDesign.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quartz;

namespace CoDesign.Web.Pages.Admin;

/// <summary>One trigger as the jobs page shows it.</summary>
public sealed record TriggerRow(string Job, string Description, string Schedule, string State, DateTimeOffset? Next, DateTimeOffset? Previous, JobRunDto? LastRun);

/// <summary>Platform admins: every scheduled job's trigger, next and last fire, last result and failures; run one now.</summary>
public sealed class AdminJobsModel(SchedulerHost host, JobRunsAppService runs, IPermissionChecker permissions, CityDirectory cities, Localization.PageTexts texts) : PageModel
{
    public IReadOnlyList<TriggerRow> Triggers { get; private set; } = [];

    public IReadOnlyList<JobRunDto> Failures { get; private set; } = [];

    public string Node { get; private set; } = string.Empty;

    public bool Clustered => host.IsClustered;

    [TempData(Key = "Done")]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var recent = await runs.RecentAsync(ct);
        Failures = recent.Failures;
        var scheduler = await host.SchedulerAsync(ct);
        Node = scheduler.SchedulerInstanceId;
        var rows = new List<TriggerRow>();
        foreach (var header in (await scheduler.QueryTriggers(new TriggerQuery(), ct)).Items.OrderBy(h => h.JobKey.Group, StringComparer.Ordinal).ThenBy(h => h.JobKey.Name, StringComparer.Ordinal))
        {
            var trigger = await scheduler.GetTrigger(header.Key, ct);
            var schedule = trigger switch
            {
                ICronTrigger cron => cron.CronExpressionString + " (" + cron.TimeZone.Id + ")",
                ISimpleTrigger simple => string.Create(CultureInfo.InvariantCulture, $"{simple.RepeatInterval.TotalSeconds:0.#} s"),
                _ => header.TriggerType,
            };
            var job = header.JobKey.ToString();
            rows.Add(new TriggerRow(job, await NameAsync(header.JobKey, ct), schedule, header.State.ToString(),
                header.NextFireTimeUtc, header.PreviousFireTimeUtc, recent.Latest.GetValueOrDefault(job)));
        }

        Triggers = rows;
    }

    /// <summary>The job's name in the reader's language; a city's digest names the city.</summary>
    private async Task<string> NameAsync(JobKey key, CancellationToken ct)
    {
        if (key.Group == CityDigestJob.Group && key.Name.StartsWith("city-", StringComparison.Ordinal)
            && await cities.FindAsync(key.Name["city-".Length..], ct) is { } city)
        {
            return texts.Format("Jobs.Name.CityDigest", city.Name(texts.Language));
        }

        return texts["Jobs.Name." + key.Name];
    }

    public async Task<IActionResult> OnPostRunAsync(string job, CancellationToken ct)
    {
        await permissions.CheckAsync(CoDesignPermissions.PlatformJobsManage, ct);
        var scheduler = await host.SchedulerAsync(ct);
        if (!JobKey.TryParse(job, out var key) || !await scheduler.Exists(key, ct))
        {
            return NotFound();
        }

        await scheduler.TriggerJob(key, new JobDataMap(), ct);
        Done = job;
        return RedirectToPage();
    }
}
