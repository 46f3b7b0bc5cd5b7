using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application.Tests.Notifications;

/// <summary>Several delivery workers at once (as on several nodes) on PostgreSQL: every mail is handed over exactly once.</summary>
public sealed class ParallelDeliveryTests : IAsyncLifetime
{
    private readonly RecordingMailTransport _transport = new() { Delay = TimeSpan.FromMilliseconds(2) };
    private TestDatabase _database = null!;
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _database = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        _services = TestServices.Create(DatabaseProvider.PostgreSql, _database.ConnectionString, s => s.AddSingleton<IMailTransport>(_transport));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SixWorkers_EachMailSentOnce()
    {
        var now = _services.Clock.GetUtcNow().UtcDateTime;
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            for (var i = 0; i < 300; i++)
            {
                var id = Guid.CreateVersion7();
                db.OutboxMails.Add(new OutboxMail(id, null, $"p{i}@example.fi", "S", "T", null, "test.parallel", $"test.parallel:{id:N}", now));
            }

            await db.SaveChangesAsync();
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => _services.RunAsync(async sp =>
        {
            var handler = sp.GetRequiredService<OutboxDeliveryHandler>();
            var total = 0;
            DeliveryResult round;
            do
            {
                round = await handler.DeliverDueAsync();
                total += round.Sent;
            }
            while (round.Total > 0);

            return total;
        }))));

        results.Sum().ShouldBe(300);
        results.Count(r => r > 0).ShouldBeGreaterThan(1, "the work was shared");
        _transport.Calls.ShouldBe(300);
        _transport.Sent.Select(m => m.Id).Distinct().Count().ShouldBe(300);
        (await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().OutboxMails.CountAsync(m => m.Kind == "test.parallel" && m.Status == OutboxMailStatus.Sent))).ShouldBe(300);
    }
}
