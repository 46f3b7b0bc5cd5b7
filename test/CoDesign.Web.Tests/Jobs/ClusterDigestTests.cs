using System.Globalization;
using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Tenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoDesign.Web.Tests.Jobs;

/// <summary>
/// Nodes as separate processes on one PostgreSQL, with Hangfire's PostgreSQL storage: a scheduled
/// digest runs once across two nodes, and a node killed in the middle of a digest run leaves
/// every recipient with exactly one digest once another node has taken the run over (after the
/// invisibility timeout, 10 s in these tests).
/// </summary>
[Collection(NodeProcesses.Name)]
public sealed class ClusterDigestTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestServices _services = null!;
    private City _helsinki = null!;

    public async Task InitializeAsync()
    {
        _database = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        _services = TestServices.Create(DatabaseProvider.PostgreSql, _database.ConnectionString);
        _helsinki = await DbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Slug == "helsinki"));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TwoNodes_ScheduledDigestIsSentOnce()
    {
        var recipients = await RecipientsWithNewsAsync(25);
        var fireAt = await ScheduleHelsinkiDigestAsync(TimeSpan.FromSeconds(60));

        var starting = new[] { AppProcess.StartAsync(_database.ConnectionString), AppProcess.StartAsync(_database.ConnectionString) };
        await using var a = await starting[0];
        await using var b = await starting[1];
        DateTime.UtcNow.ShouldBeLessThan(fireAt, "both nodes must be up before the digest fires");

        foreach (var address in recipients.Values)
        {
            (await Maildir.WaitForAsync(address, timeout: TimeSpan.FromSeconds(60))).Count.ShouldBe(1, Diagnostics(a, b));
        }

        // Once every digest row is sent, nothing more can arrive: then count at the SMTP server.
        var sent = false;
        for (var i = 0; i < 120 && !sent; i++)
        {
            sent = await DbAsync(db => db.OutboxMails.Where(m => m.Kind == MailKinds.DailyDigest).AllAsync(m => m.SentAt != null));
            if (!sent)
            {
                await Task.Delay(250);
            }
        }

        sent.ShouldBeTrue(Diagnostics(a, b));
        recipients.Values.ShouldAllBe(address => Maildir.For(address).Count == 1);
        var runs = await DbAsync(db => db.JobRuns.Where(r => r.Job == "digests.city-helsinki").ToListAsync());
        runs.Count.ShouldBe(1, Diagnostics(a, b));
        runs[0].Succeeded.ShouldBe(true);
        (await DbAsync(db => db.OutboxMails.CountAsync(m => m.Kind == MailKinds.DailyDigest))).ShouldBe(recipients.Count);
    }

    [Fact]
    public async Task NodeKilledMidDigest_AfterRecoveryEveryRecipientHasExactlyOne()
    {
        var recipients = await RecipientsWithNewsAsync(40);
        // Far enough ahead that the node is up and has registered the schedule when it comes (a
        // schedule registered after its time waits for the next day, as Hangfire does).
        await ScheduleHelsinkiDigestAsync(TimeSpan.FromSeconds(30));

        // Node A composes slowly (4 recipients a batch, a pause between) and does not deliver, so
        // the kill lands in the middle of the digest run itself.
        var slow = new Dictionary<string, string>
        {
            ["Digests:BatchSize"] = "4",
            ["Digests:BatchPause"] = "00:00:00.400",
        };
        var a = await AppProcess.StartAsync(_database.ConnectionString, new Dictionary<string, string>(slow) { ["Jobs:DeliveryInterval"] = "01:00:00" });
        int atKill;
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(150);
            while ((atKill = await DigestRowsAsync()) < 8)
            {
                DateTime.UtcNow.ShouldBeLessThan(deadline, "the digest run did not start: " + a.Output);
                await Task.Delay(50);
            }

            a.Kill();
        }
        finally
        {
            await a.DisposeAsync();
        }

        atKill = await DigestRowsAsync();
        output.WriteLine($"killed with {atKill} of {recipients.Count} digests queued");
        atKill.ShouldBeLessThan(recipients.Count, "the kill came after the run had finished");
        (await DbAsync(db => db.JobRuns.CountAsync(r => r.Job == "digests.city-helsinki" && r.Succeeded == null))).ShouldBe(1);

        // Node B starts; once A's claim on the job has timed out, B runs it again (the same background
        // job, so the same period) and delivers everything.
        await using var b = await AppProcess.StartAsync(_database.ConnectionString, slow);
        foreach (var address in recipients.Values)
        {
            (await Maildir.WaitForAsync(address, timeout: TimeSpan.FromSeconds(90))).Count.ShouldBe(1, Diagnostics(b));
        }

        // Once every digest row is sent, nothing more can arrive: then count at the SMTP server.
        var sent = false;
        for (var i = 0; i < 120 && !sent; i++)
        {
            sent = await DbAsync(db => db.OutboxMails.Where(m => m.Kind == MailKinds.DailyDigest).AllAsync(m => m.SentAt != null));
            if (!sent)
            {
                await Task.Delay(250);
            }
        }

        sent.ShouldBeTrue(Diagnostics(a, b));
        recipients.Values.ShouldAllBe(address => Maildir.For(address).Count == 1);
        (await DigestRowsAsync()).ShouldBe(recipients.Count);
        (await DbAsync(db => db.JobRuns.CountAsync(r => r.Job == "digests.city-helsinki" && r.Succeeded == true))).ShouldBe(1, Diagnostics(b));
    }

    private static string Diagnostics(params AppProcess[] nodes) => string.Join("\n---\n", nodes.Select(n => n.Output.Length > 6_000 ? n.Output[^6_000..] : n.Output));

    private Task<int> DigestRowsAsync() => DbAsync(db => db.OutboxMails.CountAsync(m => m.Kind == MailKinds.DailyDigest));

    /// <summary>People with a fresh (unmailed) comment notification each; comments default to the daily digest.</summary>
    private async Task<Dictionary<Guid, string>> RecipientsWithNewsAsync(int count)
    {
        var users = await TestData.NewUsersAsync(_services, count);
        var idea = await TestData.NewIdeaAsync(_services, _helsinki, "Yhteiskäyttöautoja lähiöihin");
        using var _ = _services.Tenant.Change(_helsinki.Id, _helsinki.Slug);
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            foreach (var user in users)
            {
                db.Notifications.Add(new Notification(Guid.CreateVersion7(), _helsinki.Id, user, NotificationKinds.Comment, idea, Guid.NewGuid(), DateTime.UtcNow));
            }

            await db.SaveChangesAsync();
        });
        return await DbAsync(db => db.Users.Where(u => users.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email!));
    }

    /// <summary>Sets Helsinki's digest time to a moment a little ahead (cron with seconds, Helsinki time).</summary>
    private async Task<DateTime> ScheduleHelsinkiDigestAsync(TimeSpan ahead)
    {
        var at = DateTime.UtcNow.Add(ahead);
        var local = HelsinkiTime.ToLocal(at);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{local.Second} {local.Minute} {local.Hour} * * ?");
        await DbAsync(db => db.Cities.IgnoreQueryFilters().Where(c => c.Id == _helsinki.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.DigestCron, cron)));
        return at;
    }

    private Task<T> DbAsync<T>(Func<CoDesignDbContext, Task<T>> query) =>
        _services.RunAsync(sp => query(sp.GetRequiredService<CoDesignDbContext>()));
}

/// <summary>Tests that start app processes run alone: two or three extra .NET processes on a 2-core machine would slow every other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NodeProcesses
{
    public const string Name = "Node processes";
}
