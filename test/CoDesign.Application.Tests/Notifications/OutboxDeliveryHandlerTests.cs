using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application.Tests.Notifications;

public class OutboxDeliveryHandlerTests : SeededTestBase
{
    private readonly RecordingMailTransport _transport = new();

    private DateTime Now => Services.Clock.GetUtcNow().UtcDateTime;

    protected override void Configure(IServiceCollection services)
    {
        services.AddSingleton<IMailTransport>(_transport);
    }

    private async Task<IReadOnlyList<Guid>> QueueAsync(int count, DateTime? createdAt = null)
    {
        var ids = new List<Guid>();
        await DbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                var id = Guid.NewGuid();
                ids.Add(id);
                db.OutboxMails.Add(new OutboxMail(id, null, $"resident{i}@example.fi", $"Subject {i}", $"Text {i}", $"<p>{i}</p>", "test", $"test:{id:N}", createdAt ?? Now));
            }

            await db.SaveChangesAsync();
        });
        return ids;
    }

    private Task<DeliveryResult> DeliverAsync() =>
        Services.RunAsync(sp => sp.GetRequiredService<OutboxDeliveryHandler>().DeliverDueAsync());

    private Task<OutboxMail> MailAsync(Guid id) =>
        DbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id));

    [Fact]
    public async Task DueMail_IsSentOnceAndMarkedSent()
    {
        var id = (await QueueAsync(1))[0];

        var first = await DeliverAsync();
        var second = await DeliverAsync();

        first.ShouldBe(new DeliveryResult(1, 0, 0));
        second.Total.ShouldBe(0);
        var sent = _transport.Sent.ShouldHaveSingleItem();
        sent.Id.ShouldBe(id);
        sent.To.ShouldBe("resident0@example.fi");
        sent.Subject.ShouldBe("Subject 0");
        sent.Text.ShouldBe("Text 0");
        var mail = await MailAsync(id);
        mail.Status.ShouldBe(OutboxMailStatus.Sent);
        mail.SentAt.ShouldBe(Now);
        mail.Attempts.ShouldBe(1);
        mail.LockedUntil.ShouldBeNull();
    }

    [Fact]
    public async Task MailNotYetDue_IsNotSentUntilItsTime()
    {
        var id = (await QueueAsync(1, createdAt: Now.AddMinutes(10)))[0];

        (await DeliverAsync()).Total.ShouldBe(0);
        Services.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        (await DeliverAsync()).Total.ShouldBe(0);
        _transport.Calls.ShouldBe(0);
        (await MailAsync(id)).Status.ShouldBe(OutboxMailStatus.Pending);

        Services.Clock.Advance(TimeSpan.FromSeconds(1));
        (await DeliverAsync()).Sent.ShouldBe(1);
        (await MailAsync(id)).Status.ShouldBe(OutboxMailStatus.Sent);
    }

    [Fact]
    public async Task FailingTransport_RetriesWithDoublingDelaysThenFails()
    {
        var options = Services.Services.GetRequiredService<OutboxDeliveryOptions>();
        _transport.Failure = _ => new InvalidOperationException("451 4.3.0 Try again later");
        var id = (await QueueAsync(1))[0];

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt < options.MaxAttempts; attempt++)
        {
            var result = await DeliverAsync();
            result.ShouldBe(new DeliveryResult(0, 1, 0), $"attempt {attempt}");
            var mail = await MailAsync(id);
            mail.Status.ShouldBe(OutboxMailStatus.Pending);
            mail.Attempts.ShouldBe(attempt);
            mail.LastError.ShouldBe("InvalidOperationException: 451 4.3.0 Try again later");
            var delay = mail.NextAttemptAt - Now;
            delays.Add(delay);

            // Not due a moment before the back-off ends.
            Services.Clock.Advance(delay - TimeSpan.FromSeconds(1));
            (await DeliverAsync()).Total.ShouldBe(0);
            Services.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var last = await DeliverAsync();

        last.ShouldBe(new DeliveryResult(0, 0, 1));
        delays.ShouldBe(Enumerable.Range(0, options.MaxAttempts - 1).Select(n => options.BaseDelay * (1 << n)));
        var failed = await MailAsync(id);
        failed.Status.ShouldBe(OutboxMailStatus.Failed);
        failed.Attempts.ShouldBe(options.MaxAttempts);
        failed.LastError.ShouldBe("InvalidOperationException: 451 4.3.0 Try again later");
        failed.SentAt.ShouldBeNull();
        _transport.Calls.ShouldBe(options.MaxAttempts);

        Services.Clock.Advance(TimeSpan.FromDays(30));
        (await DeliverAsync()).Total.ShouldBe(0);
        _transport.Calls.ShouldBe(options.MaxAttempts);
    }

    [Fact]
    public async Task OneFailingMail_DoesNotStopTheBatch()
    {
        var ids = await QueueAsync(3);
        _transport.Failure = m => m.To == "resident1@example.fi" ? new InvalidOperationException("550 mailbox unavailable") : null;

        var result = await DeliverAsync();

        result.ShouldBe(new DeliveryResult(2, 1, 0));
        (await MailAsync(ids[0])).Status.ShouldBe(OutboxMailStatus.Sent);
        var failing = await MailAsync(ids[1]);
        failing.Status.ShouldBe(OutboxMailStatus.Pending);
        failing.Attempts.ShouldBe(1);
        failing.LastError.ShouldBe("InvalidOperationException: 550 mailbox unavailable");
        (await MailAsync(ids[2])).Status.ShouldBe(OutboxMailStatus.Sent);
    }

    [Fact]
    public async Task MailClaimedByAnotherNode_IsTakenOverOnlyAfterTheClaimExpires()
    {
        var options = Services.Services.GetRequiredService<OutboxDeliveryOptions>();
        var id = (await QueueAsync(1))[0];
        var lockedUntil = Now + options.ClaimTimeout;
        await DbAsync(db => db.OutboxMails.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil)));

        (await DeliverAsync()).Total.ShouldBe(0);
        Services.Clock.Advance(options.ClaimTimeout);
        (await DeliverAsync()).Total.ShouldBe(0);
        Services.Clock.Advance(TimeSpan.FromSeconds(1));
        (await DeliverAsync()).Sent.ShouldBe(1);

        _transport.Sent.ShouldHaveSingleItem().Id.ShouldBe(id);
    }

    [Fact]
    public async Task TwoHandlersInParallel_NeverSendARowTwice()
    {
        _transport.Delay = TimeSpan.FromMilliseconds(15);
        var ids = await QueueAsync(30);

        var results = await Task.WhenAll(
            Task.Run(DeliverAsync),
            Task.Run(DeliverAsync));

        var perId = _transport.Sent.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.Count());
        perId.Keys.OrderBy(k => k).ShouldBe(ids.OrderBy(k => k));
        perId.Values.ShouldAllBe(n => n == 1);
        _transport.Calls.ShouldBe(ids.Count);
        results.Sum(r => r.Sent).ShouldBe(ids.Count);
        results.Sum(r => r.Retrying + r.Failed).ShouldBe(0);
        var rows = await DbAsync(db => db.OutboxMails.AsNoTracking().ToListAsync());
        rows.ShouldAllBe(m => m.Status == OutboxMailStatus.Sent && m.Attempts == 1);
    }

    [Fact]
    public async Task ThreeHandlersInParallelOverSeveralRounds_SendEachRowExactlyOnce()
    {
        _transport.Delay = TimeSpan.FromMilliseconds(2);
        var ids = await QueueAsync(60);

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(DeliverAsync)));
        }

        _transport.Sent.Select(m => m.Id).Order().ShouldBe(ids.Order());
    }

    [Fact]
    public async Task Batch_IsSentThroughOneSession_ClosedWhenTheBatchEnds()
    {
        await QueueAsync(5);

        (await DeliverAsync()).Sent.ShouldBe(5);
        (await DeliverAsync()).Total.ShouldBe(0);

        _transport.Sessions.ShouldBe(1);
        _transport.OpenSessions.ShouldBe(0);
        _transport.Calls.ShouldBe(5);
    }

    [Fact]
    public async Task PermanentRefusal_IsFailedAtOnce_WithTheServersReply_AndNeverRetried()
    {
        var ids = await QueueAsync(2);
        _transport.Failure = m => m.To == "resident0@example.fi"
            ? new MailDeliveryException("refused", isPermanent: true, serverReply: "550 5.1.1 <resident0@example.fi>: User unknown")
            : null;

        var result = await DeliverAsync();

        result.ShouldBe(new DeliveryResult(1, 0, 1));
        var refused = await MailAsync(ids[0]);
        refused.Status.ShouldBe(OutboxMailStatus.Failed);
        refused.Attempts.ShouldBe(1);
        refused.LastError.ShouldBe("550 5.1.1 <resident0@example.fi>: User unknown");
        Services.Clock.Advance(TimeSpan.FromDays(30));
        (await DeliverAsync()).Total.ShouldBe(0);
        _transport.Calls.ShouldBe(2);
    }

    [Fact]
    public async Task TemporaryRefusal_KeepsTheServersReply_AndIsRetriedWithTheBackOff()
    {
        var options = Services.Services.GetRequiredService<OutboxDeliveryOptions>();
        var id = (await QueueAsync(1))[0];
        _transport.Failure = _ => new MailDeliveryException("put off", isPermanent: false, serverReply: "421 4.3.2 Service shutting down");

        (await DeliverAsync()).ShouldBe(new DeliveryResult(0, 1, 0));

        var mail = await MailAsync(id);
        mail.Status.ShouldBe(OutboxMailStatus.Pending);
        mail.LastError.ShouldBe("421 4.3.2 Service shutting down");
        mail.NextAttemptAt.ShouldBe(Now + options.BaseDelay);
        _transport.Failure = null;
        Services.Clock.Advance(options.BaseDelay);
        (await DeliverAsync()).Sent.ShouldBe(1);
    }

    [Fact]
    public async Task BatchCancelledMidway_StillRecordsWhatWasSent_AndSendsNothingTwice()
    {
        var ids = await QueueAsync(6);
        using var cancel = new CancellationTokenSource();
        var handed = 0;
        _transport.Failure = _ =>
        {
            if (++handed <= 3)
            {
                return null;
            }

            cancel.Cancel();
            return new OperationCanceledException(cancel.Token);
        };

        await Should.ThrowAsync<OperationCanceledException>(
            Services.RunAsync(sp => sp.GetRequiredService<OutboxDeliveryHandler>().DeliverDueAsync(cancel.Token)));

        var rows = await DbAsync(db => db.OutboxMails.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync());
        var sent = rows.Where(m => m.Status == OutboxMailStatus.Sent).ToList();
        sent.Select(m => m.Id).Order().ShouldBe(_transport.Sent.Select(m => m.Id).Order());
        sent.Count.ShouldBe(3);
        sent.ShouldAllBe(m => m.Attempts == 1 && m.SentAt == Now && m.LockedUntil == null);

        // The rest go out once their claim has expired; the three sent ones are not sent again.
        _transport.Failure = null;
        Services.Clock.Advance(Services.Services.GetRequiredService<OutboxDeliveryOptions>().ClaimTimeout + TimeSpan.FromSeconds(1));
        (await DeliverAsync()).Sent.ShouldBe(3);
        _transport.Sent.Select(m => m.Id).Order().ShouldBe(ids.Order());
    }
}
