using CoDesign.Domain.Notifications;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Notifications;

/// <summary>The app sends through a relay to the test SMTP server that starts closed ("the mail server is down").</summary>
public sealed class OutageApp : PostgresApp
{
    public TcpRelay Relay { get; } = new(TestEnvironment.SmtpPort);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Mail:Smtp:Port"] = Relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:TimeoutSeconds"] = "5",
        ["Mail:Delivery:BaseDelay"] = "00:00:00.250",
        ["Mail:Delivery:MaxAttempts"] = "30",
    };

    public override async ValueTask DisposeAsync()
    {
        await Relay.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class SmtpOutageTests(OutageApp app) : IClassFixture<OutageApp>
{
    [Fact]
    public async Task SmtpDown_NothingIsLost_AllArriveOnceWhenItReturns()
    {
        var addresses = Enumerable.Range(0, 12).Select(i => Maildir.UniqueAddress("outage" + i)).ToList();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoDesignDbContext>();
            foreach (var address in addresses)
            {
                var id = Guid.CreateVersion7();
                db.OutboxMails.Add(new OutboxMail(id, null, address, "Katko", "Teksti", "<p>Teksti</p>", "test.outage", $"test.outage:{id:N}", DateTime.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        // Down: every try fails and is put off, none is given up on or lost.
        await WaitUntilAsync(async db => await db.OutboxMails.CountAsync(m => m.Kind == "test.outage" && m.Attempts >= 2) == addresses.Count);
        addresses.ShouldAllBe(a => Maildir.For(a).Count == 0);
        var waiting = await QueryAsync(db => db.OutboxMails.Where(m => m.Kind == "test.outage").ToListAsync());
        waiting.ShouldAllBe(m => m.Status == OutboxMailStatus.Pending && m.LastError != null);

        // Back: everything arrives, each exactly once.
        app.Relay.Open();
        foreach (var address in addresses)
        {
            var arrived = await Maildir.WaitForAsync(address, timeout: TimeSpan.FromSeconds(40));
            if (arrived.Count != 1)
            {
                var rows = await QueryAsync(db => db.OutboxMails.Where(m => m.Kind == "test.outage").Select(m => $"{m.ToAddress} {m.Status} {m.Attempts} {m.NextAttemptAt:O} {m.LastError}").ToListAsync());
                arrived.Count.ShouldBe(1, $"{address} at {DateTime.UtcNow:O}:\n{string.Join('\n', rows)}");
            }
        }

        await WaitUntilAsync(async db => await db.OutboxMails.CountAsync(m => m.Kind == "test.outage" && m.Status == OutboxMailStatus.Sent) == addresses.Count);
        await Task.Delay(1_500);
        addresses.ShouldAllBe(a => Maildir.For(a).Count == 1);
    }

    private async Task<T> QueryAsync<T>(Func<CoDesignDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CoDesignDbContext>());
    }

    private async Task WaitUntilAsync(Func<CoDesignDbContext, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (!await QueryAsync(condition))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "waited 40 s");
            await Task.Delay(200);
        }
    }
}
