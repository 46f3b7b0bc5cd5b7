using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using CoDesign.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application.Tests.Notifications;

/// <summary>Two delivery runs that overlap in the worst order, forced with a paused claim.</summary>
public class OutboxDeliveryRaceTests : SeededTestBase
{
    private readonly RecordingMailTransport _transport = new();
    private readonly PauseBeforeClaimInterceptor _interceptor = new();

    protected override void Configure(IServiceCollection services)
    {
        services.AddSingleton<IMailTransport>(_transport);
        services.ConfigureDbContext<CoDesignDbContext>(b => b.AddInterceptors(_interceptor));
    }

    private Task<DeliveryResult> DeliverAsync() =>
        Services.RunAsync(sp => sp.GetRequiredService<OutboxDeliveryHandler>().DeliverDueAsync());

    [Fact]
    public async Task OverlappingRun_DoesNotRetryAMailBeforeItsBackOffEnds()
    {
        var now = Services.Clock.GetUtcNow().UtcDateTime;
        var id = Guid.NewGuid();
        await DbAsync(db =>
        {
            db.OutboxMails.Add(new OutboxMail(id, null, "anna@example.fi", "Subject", "Text", null, "test", $"test:{id:N}", now));
            return db.SaveChangesAsync();
        });
        _transport.Failure = _ => new InvalidOperationException("421 Service not available");

        // Run B lists the due mail, then stops just before claiming it.
        var runB = Task.Run(() =>
        {
            PauseBeforeClaimInterceptor.PauseThisFlow();
            return DeliverAsync();
        });
        await _interceptor.ReachedClaim.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Run A claims the same mail, fails to send it and schedules the retry in 30 seconds.
        var runA = await DeliverAsync();
        runA.ShouldBe(new DeliveryResult(0, 1, 0));

        _interceptor.Release.SetResult();
        var runBResult = await runB;

        // The retry is not due yet, so B must leave the mail alone.
        var mail = await DbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id));
        _transport.Calls.ShouldBe(1);
        runBResult.Total.ShouldBe(0);
        mail.Attempts.ShouldBe(1);
        mail.NextAttemptAt.ShouldBe(now + TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task OverlappingRun_DoesNotSendAMailTheOtherRunHasSent()
    {
        var now = Services.Clock.GetUtcNow().UtcDateTime;
        var id = Guid.NewGuid();
        await DbAsync(db =>
        {
            db.OutboxMails.Add(new OutboxMail(id, null, "anna@example.fi", "Subject", "Text", null, "test", $"test:{id:N}", now));
            return db.SaveChangesAsync();
        });

        var runB = Task.Run(() =>
        {
            PauseBeforeClaimInterceptor.PauseThisFlow();
            return DeliverAsync();
        });
        await _interceptor.ReachedClaim.Task.WaitAsync(TimeSpan.FromSeconds(30));
        (await DeliverAsync()).Sent.ShouldBe(1);

        _interceptor.Release.SetResult();
        (await runB).Total.ShouldBe(0);

        _transport.Sent.ShouldHaveSingleItem().Id.ShouldBe(id);
        var mail = await DbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id));
        mail.Status.ShouldBe(OutboxMailStatus.Sent);
        mail.Attempts.ShouldBe(1);
    }
}
