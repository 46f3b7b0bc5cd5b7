using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using CoDesign.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Mail;

/// <summary>
/// The outbox handler with the real MailKit transport on a database of its own (PostgreSQL), pointed
/// at a given SMTP port: the app's own scheduler does not run, so each test decides when a batch goes.
/// </summary>
public sealed class MailWorld : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private MailWorld(TestDatabase database, TestServices services)
    {
        _database = database;
        Services = services;
    }

    public TestServices Services { get; }

    public DateTime Now => Services.Clock.GetUtcNow().UtcDateTime;

    public OutboxDeliveryOptions Options => Services.Services.GetRequiredService<OutboxDeliveryOptions>();

    public static MailOptions Smtp(int port) => new()
    {
        FromAddress = "noreply@codesign.example",
        FromName = "CoDesign Helsinki",
        Smtp = new SmtpSettings { Host = TestEnvironment.SmtpHost, Port = port, Security = SmtpSecurity.None, TimeoutSeconds = 5 },
    };

    public static async Task<MailWorld> CreateAsync(MailOptions settings, Action<SmtpMailTransport>? configure = null)
    {
        var database = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        var services = TestServices.Create(DatabaseProvider.PostgreSql, database.ConnectionString, s => s.AddSingleton<IMailTransport>(sp =>
        {
            var transport = new SmtpMailTransport(settings, Path.GetTempPath(), sp.GetRequiredService<TimeProvider>());
            configure?.Invoke(transport);
            return transport;
        }));
        return new MailWorld(database, services);
    }

    /// <summary>Queues one outbox row per address, with HTML and an unsubscribe link.</summary>
    public async Task<IReadOnlyList<Guid>> QueueAsync(params string[] addresses) =>
        await QueueAsync(addresses, "Helsinki: päivän kooste", "Tässä on 2 uutta asiaa.", "<html lang=\"fi\"><body><p>Tässä on 2 uutta asiaa.</p></body></html>");

    public async Task<IReadOnlyList<Guid>> QueueAsync(IEnumerable<string> addresses, string subject, string text, string? html, string? unsubscribeUrl = "https://codesign.test/unsubscribe/token-1")
    {
        var ids = new List<Guid>();
        await Services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            foreach (var address in addresses)
            {
                var id = Guid.CreateVersion7();
                ids.Add(id);
                db.OutboxMails.Add(new OutboxMail(id, null, address, subject, text, html, "test.mailkit", $"test.mailkit:{id:N}", Now) { UnsubscribeUrl = unsubscribeUrl });
            }

            await db.SaveChangesAsync();
        });
        return ids;
    }

    public Task<DeliveryResult> DeliverAsync() =>
        Services.RunAsync(sp => sp.GetRequiredService<OutboxDeliveryHandler>().DeliverDueAsync());

    public Task<OutboxMail> RowAsync(Guid id) =>
        Services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
