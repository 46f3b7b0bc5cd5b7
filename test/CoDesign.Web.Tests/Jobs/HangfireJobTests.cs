using System.Collections.Concurrent;
using System.Net;
using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Tenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using CoDesign.Web.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoDesign.Web.Tests.Jobs;

/// <summary>The digest job on Hangfire's real pipeline: triggered twice and retried, it still sends each person one digest.</summary>
public sealed class HangfireDigestTests(PostgresApp app) : IClassFixture<PostgresApp>, IAsyncLifetime
{
    private TestServices _services = null!;
    private City _helsinki = null!;

    public async Task InitializeAsync()
    {
        _services = TestServices.Create(DatabaseProvider.PostgreSql, app.Database.ConnectionString);
        _helsinki = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "helsinki"));
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task CityDigest_TriggeredTwiceAndRetried_SendsEachRecipientOneDigest()
    {
        var users = await TestData.NewUsersAsync(_services, 12);
        var idea = await TestData.NewIdeaAsync(_services, _helsinki, "Kirjastoon iltapäivän lukupiiri");
        using (_services.Tenant.Change(_helsinki.Id, _helsinki.Slug))
        {
            await _services.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<CoDesignDbContext>();
                foreach (var user in users)
                {
                    db.Notifications.Add(new Notification(Guid.CreateVersion7(), _helsinki.Id, user, NotificationKinds.Comment, idea, Guid.NewGuid(), DateTime.UtcNow));
                }

                await db.SaveChangesAsync();
            });
        }

        var addresses = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => users.Contains(u.Id)).Select(u => u.Email!).ToListAsync());
        var host = app.Services.GetRequiredService<JobsHost>();
        await WaitForRecurringAsync(host, JobIds.CityDigest("helsinki"));

        // Two "run now" at once (a double click, two admins), then Hangfire's own retry of the first.
        var first = host.Recurring.TriggerJob(JobIds.CityDigest("helsinki")).ShouldNotBeNull();
        var second = host.Recurring.TriggerJob(JobIds.CityDigest("helsinki")).ShouldNotBeNull();
        await WaitForStateAsync(host, first, "Succeeded");
        await WaitForStateAsync(host, second, "Succeeded");
        new BackgroundJobClient(host.Storage).Requeue(first).ShouldBeTrue();
        await WaitForSucceededTwiceAsync(host, first);

        foreach (var address in addresses)
        {
            (await Maildir.WaitForAsync(address, timeout: TimeSpan.FromSeconds(60))).Count.ShouldBe(1);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await CountAsync(m => m.Kind == MailKinds.DailyDigest && users.Contains(m.RecipientUserId!.Value) && m.SentAt == null) > 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "digests still waiting to be sent");
            await Task.Delay(250);
        }

        addresses.ShouldAllBe(a => Maildir.For(a).Count == 1);
        (await CountAsync(m => m.Kind == MailKinds.DailyDigest && users.Contains(m.RecipientUserId!.Value))).ShouldBe(users.Count);
        (await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().JobRuns.CountAsync(r => r.Job == JobIds.CityDigest("helsinki") && r.Succeeded == true)))
            .ShouldBeGreaterThanOrEqualTo(3);
    }

    private Task<int> CountAsync(System.Linq.Expressions.Expression<Func<OutboxMail, bool>> where) =>
        _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().OutboxMails.IgnoreQueryFilters().CountAsync(where));

    internal static async Task WaitForRecurringAsync(JobsHost host, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!host.RecurringJobs().Any(j => j.Id == id))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"{id} was not registered");
            await Task.Delay(250);
        }
    }

    private static async Task WaitForStateAsync(JobsHost host, string jobId, string state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (host.Storage.GetMonitoringApi().JobDetails(jobId)?.History.FirstOrDefault()?.StateName != state)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"job {jobId} did not reach {state}");
            await Task.Delay(250);
        }
    }

    private static async Task WaitForSucceededTwiceAsync(JobsHost host, string jobId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (host.Storage.GetMonitoringApi().JobDetails(jobId).History.Count(h => h.StateName == "Succeeded") < 2)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"job {jobId} was not run again");
            await Task.Delay(250);
        }
    }
}

/// <summary>
/// Hangfire's SQLite storage (the embedded mode): jobs survive a restart, and several workers never
/// run one job twice. Alone, not beside other apps: a bare storage and server here use Hangfire's
/// process-wide defaults, which the apps of parallel tests set and reset.
/// </summary>
[Collection(NodeProcesses.Name)]
public sealed class SqliteJobStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codesign-jobs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ScheduledAndRecurringJobs_OutliveTheStorage_AndAreThereAfterARestart()
    {
        var database = new ResolvedConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "codesign.db")}");
        var options = new JobsOptions();
        string scheduled;
        using (var storage = (IDisposable)JobStorageSetup.Create(database, options))
        {
            var jobs = (JobStorage)storage;
            scheduled = new BackgroundJobClient(jobs).Schedule(() => CountingJob.Run("later"), TimeSpan.FromHours(2));
            new RecurringJobManager(jobs).AddOrUpdate("test.nightly", () => CountingJob.Run("nightly"), "30 3 * * *", new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki") });
        }

        File.Exists(Path.Combine(_folder, "codesign.jobs.db")).ShouldBeTrue();
        using var again = (IDisposable)JobStorageSetup.Create(database, options);
        var restarted = (JobStorage)again;
        restarted.GetMonitoringApi().ScheduledCount().ShouldBe(1);
        restarted.GetMonitoringApi().JobDetails(scheduled).Job.Args.ShouldBe(["later"]);
        using var connection = restarted.GetConnection();
        var recurring = connection.GetRecurringJobs().ShouldHaveSingleItem();
        recurring.Id.ShouldBe("test.nightly");
        recurring.TimeZoneId.ShouldBe("Europe/Helsinki");
        recurring.NextExecution.ShouldNotBeNull();
    }

    [Fact]
    public async Task FortyJobsOnFourWorkers_EachRunsExactlyOnce()
    {
        var database = new ResolvedConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "codesign.db")}");
        var options = new JobsOptions { PollingInterval = TimeSpan.FromMilliseconds(200) };
        var storage = JobStorageSetup.Create(database, options);
        try
        {
            var key = Guid.NewGuid().ToString("N");
            var client = new BackgroundJobClient(storage);
            for (var i = 0; i < 40; i++)
            {
                client.Enqueue(() => CountingJob.Run($"{key}-{i}"));
            }

            var serverOptions = new BackgroundJobServerOptions { WorkerCount = 4, SchedulePollingInterval = TimeSpan.FromMilliseconds(200), Activator = new JobActivator() };
            using (new BackgroundJobServer(serverOptions, storage))
            {
                var deadline = DateTime.UtcNow.AddSeconds(90);
                while (storage.GetMonitoringApi().SucceededListCount() < 40)
                {
                    DateTime.UtcNow.ShouldBeLessThan(deadline, $"{storage.GetMonitoringApi().SucceededListCount()} of 40 jobs done");
                    await Task.Delay(100);
                }

                // A second look after a pause: no job is picked up again by another worker.
                await Task.Delay(TimeSpan.FromSeconds(2));
            }

            var runs = CountingJob.Runs.Where(r => r.Key.StartsWith(key, StringComparison.Ordinal)).ToList();
            runs.Count.ShouldBe(40);
            runs.ShouldAllBe(r => r.Value == 1);
        }
        finally
        {
            ((IDisposable)storage).Dispose();
        }
    }
}

/// <summary>A job that counts how often each argument ran (for the storage tests).</summary>
public static class CountingJob
{
    public static ConcurrentDictionary<string, int> Runs { get; } = new(StringComparer.Ordinal);

    public static void Run(string name) => Runs.AddOrUpdate(name, 1, (_, n) => n + 1);
}

/// <summary>The migrate command creates Hangfire's schema; a node's start does not, and the node is not ready until it is there.</summary>
[Collection(NodeProcesses.Name)]
public sealed class JobStorageMigrationTests
{
    [Fact]
    public async Task NodeStart_LeavesTheSchemaAlone_MigrateCreatesIt_ThenTheNodeIsReady()
    {
        await using var database = await Databases.CreateEmptyAsync(DatabaseProvider.PostgreSql);
        await using (var node = await AppProcess.StartAsync(database.ConnectionString))
        {
            using var http = new HttpClient { BaseAddress = node.BaseAddress };
            (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            await Task.Delay(TimeSpan.FromSeconds(3));
            (await HangfireTableCountAsync(database.ConnectionString)).ShouldBe(0, "a node must not create the job storage at start");
        }

        var (exitCode, output) = await AppProcess.MigrateAsync(database.ConnectionString);
        exitCode.ShouldBe(0, output);
        (await HangfireTableCountAsync(database.ConnectionString)).ShouldBeGreaterThan(5);

        await using var ready = await AppProcess.StartAsync(database.ConnectionString);
        using var client = new HttpClient { BaseAddress = ready.BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, ready.Output);
            await Task.Delay(500);
        }
    }

    private static async Task<long> HangfireTableCountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
