using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using CoDesign.TestBase;
using MimeKit;

namespace CoDesign.Web.Tests.Mail;

/// <summary>
/// How the MailKit transport and the outbox handle connections and the server's answers: one
/// connection per batch (counted in front of the real aiosmtpd), and the faults injected by a
/// scripted listener: a drop mid-batch, 4xx, 5xx, an acceptance whose answer is lost.
/// </summary>
public sealed class SmtpSessionTests
{
    [Fact]
    public async Task Batch_GoesThroughOneConnection_ToTheRealServer()
    {
        await using var relay = new TcpRelay(TestEnvironment.SmtpPort);
        relay.Open();
        await using var world = await MailWorld.CreateAsync(MailWorld.Smtp(relay.Port));
        var addresses = Enumerable.Range(0, 6).Select(i => Maildir.UniqueAddress("batch" + i)).ToArray();
        await world.QueueAsync(addresses);

        var result = await world.DeliverAsync();

        result.ShouldBe(new DeliveryResult(6, 0, 0));
        relay.Connections.ShouldBe(1);
        foreach (var address in addresses)
        {
            (await Maildir.WaitForAsync(address)).Count.ShouldBe(1, address);
        }

        // The next batch has a connection of its own: none is held open between runs.
        var later = Maildir.UniqueAddress("batch-later");
        await world.QueueAsync(later);
        (await world.DeliverAsync()).Sent.ShouldBe(1);
        relay.Connections.ShouldBe(2);
    }

    [Fact]
    public async Task ConnectionDroppedMidBatch_IsMadeAgainForTheRest_AndTheDroppedMailIsRetried()
    {
        await using var server = new ScriptedSmtpServer { DataReply = n => n == 1 ? null : "250 2.0.0 Ok: queued" };
        await using var world = await MailWorld.CreateAsync(MailWorld.Smtp(server.Port));
        var ids = await world.QueueAsync("a@example.fi", "b@example.fi", "c@example.fi", "d@example.fi");

        var result = await world.DeliverAsync();

        result.ShouldBe(new DeliveryResult(3, 1, 0));
        server.Connections.ShouldBe(2);
        server.Accepted.Count.ShouldBe(3);
        var rows = await Task.WhenAll(ids.Select(world.RowAsync));
        var dropped = rows.Where(m => m.Status == OutboxMailStatus.Pending).ShouldHaveSingleItem();
        dropped.Attempts.ShouldBe(1);
        dropped.LastError.ShouldNotBeNullOrWhiteSpace();
        dropped.NextAttemptAt.ShouldBe(world.Now + world.Options.BaseDelay);

        world.Services.Clock.Advance(world.Options.BaseDelay);
        (await world.DeliverAsync()).ShouldBe(new DeliveryResult(1, 0, 0));
        (await world.RowAsync(dropped.Id)).Status.ShouldBe(OutboxMailStatus.Sent);
    }

    [Fact]
    public async Task TemporaryRefusal_IsRetriedWithTheBackOff_WithTheServersReplyKept_ThenDelivered()
    {
        var greylisting = true;
        await using var server = new ScriptedSmtpServer { RecipientReply = _ => greylisting ? "451 4.7.1 Greylisted, try again later" : null };
        await using var world = await MailWorld.CreateAsync(MailWorld.Smtp(server.Port));
        var id = (await world.QueueAsync("greylisted@example.fi"))[0];

        (await world.DeliverAsync()).ShouldBe(new DeliveryResult(0, 1, 0));

        var waiting = await world.RowAsync(id);
        waiting.Status.ShouldBe(OutboxMailStatus.Pending);
        waiting.Attempts.ShouldBe(1);
        waiting.LastError.ShouldBe("451 4.7.1 Greylisted, try again later");
        waiting.NextAttemptAt.ShouldBe(world.Now + world.Options.BaseDelay);
        world.Services.Clock.Advance(world.Options.BaseDelay - TimeSpan.FromSeconds(1));
        (await world.DeliverAsync()).Total.ShouldBe(0);

        greylisting = false;
        world.Services.Clock.Advance(TimeSpan.FromSeconds(1));
        (await world.DeliverAsync()).ShouldBe(new DeliveryResult(1, 0, 0));
        (await world.RowAsync(id)).Status.ShouldBe(OutboxMailStatus.Sent);
        server.Accepted.Count.ShouldBe(1);
    }

    [Fact]
    public async Task PermanentRefusal_FailsAtOnce_WithTheServersReply_AndTheBatchGoesOnOverTheSameConnection()
    {
        await using var server = new ScriptedSmtpServer
        {
            RecipientReply = a => a == "nobody@example.fi" ? "550 5.1.1 <nobody@example.fi>: Recipient address rejected: User unknown" : null,
        };
        await using var world = await MailWorld.CreateAsync(MailWorld.Smtp(server.Port));
        var ids = await world.QueueAsync("first@example.fi", "nobody@example.fi", "last@example.fi");

        var result = await world.DeliverAsync();

        result.ShouldBe(new DeliveryResult(2, 0, 1));
        server.Connections.ShouldBe(1);
        server.Accepted.Count.ShouldBe(2);
        var refused = await world.RowAsync(ids[1]);
        refused.Status.ShouldBe(OutboxMailStatus.Failed);
        refused.Attempts.ShouldBe(1);
        refused.LastError.ShouldBe("550 5.1.1 <nobody@example.fi>: Recipient address rejected: User unknown");
        refused.SentAt.ShouldBeNull();

        // Never tried again, however long one waits.
        world.Services.Clock.Advance(TimeSpan.FromDays(30));
        (await world.DeliverAsync()).Total.ShouldBe(0);
        server.Connections.ShouldBe(1);
    }

    [Fact]
    public async Task ServerDown_EveryMailOfTheBatchIsPutOff_AfterOneConnectAttempt()
    {
        await using var relay = new TcpRelay(TestEnvironment.SmtpPort);
        await using var world = await MailWorld.CreateAsync(MailWorld.Smtp(relay.Port));
        var ids = await world.QueueAsync("down1@example.fi", "down2@example.fi", "down3@example.fi");

        var result = await world.DeliverAsync();

        result.ShouldBe(new DeliveryResult(0, 3, 0));
        var rows = await Task.WhenAll(ids.Select(world.RowAsync));
        rows.ShouldAllBe(m => m.Status == OutboxMailStatus.Pending && m.Attempts == 1 && m.LastError != null);
        rows.Select(m => m.LastError).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task ResendAfterTheServersAnswerWasLost_CarriesTheSameMessageId()
    {
        // The server takes the whole message and the connection drops before its "250": to the
        // outbox this is a failed try, to the receiver a delivered mail; the resend must say it is
        // the same message.
        await using var server = new ScriptedSmtpServer { DataReply = n => n == 0 ? null : "250 2.0.0 Ok: queued" };
        await using var world = await MailWorld.CreateAsync(MailWorld.Smtp(server.Port));
        var id = (await world.QueueAsync("twice@example.fi"))[0];

        (await world.DeliverAsync()).ShouldBe(new DeliveryResult(0, 1, 0));
        world.Services.Clock.Advance(world.Options.BaseDelay);
        (await world.DeliverAsync()).ShouldBe(new DeliveryResult(1, 0, 0));

        server.Taken.Count.ShouldBe(2);
        var messageIds = server.Taken.Select(raw =>
        {
            using var stream = new MemoryStream(System.Text.Encoding.Latin1.GetBytes(raw));
            using var message = MimeMessage.Load(stream);
            return message.MessageId;
        }).ToList();
        messageIds.Distinct().ShouldHaveSingleItem().ShouldBe($"{id:N}@codesign.example");
        (await world.RowAsync(id)).Attempts.ShouldBe(2);
    }
}
