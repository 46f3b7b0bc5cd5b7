using System.Globalization;
using CoDesign.Application.Notifications;
using CoDesign.Application.Permissions;
using CoDesign.Web.Jobs;
using CoDesign.Web.Tenancy;
using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CoDesign.Web.Pages.Admin;

/// <summary>One job as the jobs page shows it.</summary>
public sealed record JobRow(string Job, string Description, string Schedule, string State, DateTimeOffset? Next, DateTimeOffset? Previous, JobRunDto? LastRun);

/// <summary>
/// Platform admins: every job named in the reader's language, its schedule in Helsinki time, next
/// and last run, the last result in our words (a city's digest: how many were queued) and recent
/// failures; run one now. Hangfire's own dashboard (linked) has the queues, retries and servers.
/// </summary>
public sealed class AdminJobsModel(JobsHost host, OutboxDeliveryProcess delivery, IOptions<JobsOptions> options, JobRunsAppService runs, IPermissionChecker permissions, CityDirectory cities, Localization.PageTexts texts) : PageModel
{
    public IReadOnlyList<JobRow> Jobs { get; private set; } = [];

    public IReadOnlyList<JobRunDto> Failures { get; private set; } = [];

    public string Node { get; private set; } = string.Empty;

    public bool Clustered => host.IsClustered;

    public static string DashboardPath => JobsDashboardExtensions.Path;

    [TempData(Key = "Done")]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var recent = await runs.RecentAsync(ct);
        Failures = recent.Failures;
        Node = host.ServerName ?? texts["Jobs.NoServer"];
        var rows = new List<JobRow>
        {
            new(JobIds.OutboxDelivery, texts[JobIds.NameKey(JobIds.OutboxDelivery)],
                texts.Format("Jobs.Continuous", options.Value.DeliveryInterval.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)),
                "Continuous", null, recent.Latest.GetValueOrDefault(JobIds.OutboxDelivery)?.StartedAt, recent.Latest.GetValueOrDefault(JobIds.OutboxDelivery)),
        };
        foreach (var job in host.RecurringJobs().OrderBy(j => j.Id, StringComparer.Ordinal))
        {
            var state = job.Error is not null ? "Error" : job.LastJobState switch
            {
                "Enqueued" or "Processing" or "Succeeded" or "Failed" or "Deleted" => job.LastJobState,
                _ => "Scheduled",
            };
            rows.Add(new JobRow(job.Id, await NameAsync(job.Id, ct), $"{job.Cron} ({job.TimeZoneId ?? "UTC"})", state,
                Utc(job.NextExecution), Utc(job.LastExecution), recent.Latest.GetValueOrDefault(job.Id)));
        }

        Jobs = rows;
    }

    private static DateTimeOffset? Utc(DateTime? t) => t is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;

    /// <summary>The job's name in the reader's language; a city's digest names the city.</summary>
    private async Task<string> NameAsync(string id, CancellationToken ct)
    {
        if (JobIds.CityOf(id) is { } slug && await cities.FindAsync(slug, ct) is { } city)
        {
            return texts.Format("Jobs.Name.CityDigest", city.Name(texts.Language));
        }

        return texts[JobIds.NameKey(id)];
    }

    public async Task<IActionResult> OnPostRunAsync(string job, CancellationToken ct)
    {
        await permissions.CheckAsync(CoDesignPermissions.PlatformJobsManage, ct);
        if (job == JobIds.OutboxDelivery)
        {
            // Delivery is a loop on every node; "run now" sends what is due from this node at once.
            await delivery.DeliverAsync(host.ServerName ?? Environment.MachineName, ct);
        }
        else if (string.IsNullOrEmpty(job) || !host.RecurringJobs().Any(j => j.Id == job))
        {
            return NotFound();
        }
        else
        {
            host.Recurring.Trigger(job);
        }

        Done = job;
        return RedirectToPage();
    }
}
