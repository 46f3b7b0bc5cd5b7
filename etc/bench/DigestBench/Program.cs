using System.Diagnostics;
using System.Globalization;
using CoDesign.Application;
using CoDesign.Application.Notifications;
using CoDesign.Application.Seeding;
using CoDesign.Application.Users;
using CoDesign.Bench;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.Web.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;
using Npgsql;
using NpgsqlTypes;

// Composes and delivers N digests (one per person, each with two items, in fi/sv/en) through the
// real application code (outbox delivery over MailKit, one connection per batch) into a local SMTP
// sink, beside a plain MailKit send loop of the same messages (one connection per worker) to the same
// sink, and reports messages per second and peak memory.
//
//   dotnet run -c Release --project etc/bench/DigestBench -- --postgres "Host=…;Username=…" [--count 100000] [--workers 4] [--record-every 50]
var postgres = Arg("--postgres") ?? Environment.GetEnvironmentVariable("CODESIGN_TEST_POSTGRES") ?? throw new ArgumentException("--postgres is required");
var count = int.Parse(Arg("--count") ?? "100000", CultureInfo.InvariantCulture);
var workers = int.Parse(Arg("--workers") ?? "4", CultureInfo.InvariantCulture);
var recordEvery = int.Parse(Arg("--record-every") ?? new OutboxDeliveryOptions().RecordSentEvery.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
var output = Arg("--markdown");

await using var sink = new SmtpSink();
var dbName = "codesign_bench_digests";
await using (var admin = new NpgsqlConnection(postgres))
{
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{dbName}\" WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{dbName}\"", admin);
    await create.ExecuteNonQueryAsync();
}

var cs = new NpgsqlConnectionStringBuilder(postgres) { Database = dbName, MaxPoolSize = 50 }.ConnectionString;
await using var provider = Services(cs, sink.Port, workers, recordEvery);
Console.WriteLine($"# Digest benchmark: {count:N0} digests, {workers} delivery workers, sent mail recorded every {recordEvery}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

// --- load ----------------------------------------------------------------------------------
var load = Stopwatch.StartNew();
await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
}

var tenant = provider.GetRequiredService<ICurrentTenant>();
var (cityId, ideaId) = await SeedIdeaAsync(provider, tenant);
await CopyPeopleAndNotificationsAsync(cs, count, cityId, ideaId);
Console.WriteLine($"loaded {count:N0} people and {2 * count:N0} notifications in {load.Elapsed.TotalSeconds:F1} s (binary COPY)");

// --- baseline: a plain send loop of the same messages, right before and right after the delivery --
// (the machine is shared: measuring it next to the delivery, twice, keeps a change of load from
// passing for a difference between the two).
var sample = await SampleDigestAsync(provider, tenant, cityId);

// --- the real thing: compose with the digest handler, deliver with the outbox handler ------------
GC.Collect();
ResetPeakRss();
sink.Reset();
var compose = Stopwatch.StartNew();
DigestRunResult result;
using (tenant.Change(cityId, "helsinki"))
{
    await using var scope = provider.CreateAsyncScope();
    result = await scope.ServiceProvider.GetRequiredService<DigestHandler>().RunCityAsync(DateTime.UtcNow);
}

compose.Stop();
Console.WriteLine($"composed: {result.Queued:N0} digests in {compose.Elapsed.TotalSeconds:F1} s = {result.Queued / compose.Elapsed.TotalSeconds:N0} digests/s");
var baselineBefore = await BaselineAsync();
sink.Reset();
var deliver = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
{
    await using var scope = provider.CreateAsyncScope();
    var handler = scope.ServiceProvider.GetRequiredService<OutboxDeliveryHandler>();
    while ((await handler.DeliverDueAsync()).Total > 0)
    {
    }
})));
deliver.Stop();
var delivered = sink.Messages;
var total = compose.Elapsed + deliver.Elapsed;
var rate = delivered / total.TotalSeconds;
var peakMb = PeakRssMb();
Console.WriteLine($"delivered: {delivered:N0} in {deliver.Elapsed.TotalSeconds:F1} s = {delivered / deliver.Elapsed.TotalSeconds:N0} msg/s");
if (delivered != count || result.Queued != count)
{
    Console.Error.WriteLine($"MISMATCH: queued {result.Queued}, received {delivered}, expected {count}");
    return 1;
}

var baselineAfter = await BaselineAsync();
var baselineRate = (baselineBefore + baselineAfter) / 2;

var table = $"""
    | measure | value |
    | --- | --- |
    | digests composed and delivered | {count:N0} (one per person, two items each; fi/sv/en) |
    | compose (DigestHandler, PostgreSQL) | {compose.Elapsed.TotalSeconds:F1} s, {result.Queued / compose.Elapsed.TotalSeconds:N0} digests/s |
    | deliver (outbox, {workers} workers, MailKit, one connection per batch of 100, sent recorded every {recordEvery}) | {deliver.Elapsed.TotalSeconds:F1} s, {delivered / deliver.Elapsed.TotalSeconds:N0} msg/s |
    | **end to end** | **{rate:N0} msg/s** |
    | baseline: plain MailKit send loop, same messages, {workers} workers, one connection each | {baselineRate:N0} msg/s (mean of {baselineBefore:N0} just before and {baselineAfter:N0} just after the delivery) |
    | ratio end to end / baseline | {rate / baselineRate:P0} |
    | ratio delivery alone / baseline | {delivered / deliver.Elapsed.TotalSeconds / baselineRate:P0} |
    | peak RSS during compose + deliver | {peakMb:N0} MB |
    """;
Console.WriteLine();
Console.WriteLine(table);
if (output is not null)
{
    await File.WriteAllTextAsync(output, $"""
        # Digest benchmark

        `etc/bench-digests.sh` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}; PostgreSQL on the same machine, SMTP sink in process.

        {table}

        """);
}

return 0;

async Task<double> BaselineAsync()
{
    sink.Reset();
    var clock = Stopwatch.StartNew();
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", sink.Port, SecureSocketOptions.None);
        while (Interlocked.Increment(ref next) < count)
        {
            using var message = PlainMessage(sample, $"person{next}@bench.codesign.fi");
            await client.SendAsync(message);
        }

        await client.DisconnectAsync(quit: true);
    })));
    clock.Stop();
    var perSecond = sink.Messages / clock.Elapsed.TotalSeconds;
    Console.WriteLine($"baseline: {sink.Messages:N0} messages in {clock.Elapsed.TotalSeconds:F1} s = {perSecond:N0} msg/s");
    return perSecond;
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static ServiceProvider Services(string connectionString, int smtpPort, int workers, int recordEvery)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Default"] = connectionString,
    }).Build();
    var services = new ServiceCollection();
    services.AddLogging(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning));
    services.AddSingleton(TimeProvider.System);
    services.AddSingleton<ICurrentTenant, CurrentTenant>();
    services.AddSingleton<ICurrentUser, Nobody>();
    services.AddSingleton<IPublicUrls>(new BenchUrls());
    services.AddDataProtection().UseEphemeralDataProtectionProvider();
    services.AddSingleton<IUnsubscribeTokens, DataProtectionUnsubscribeTokens>();
    services.AddSingleton<IJobScheduler, NoScheduler>();
    services.AddSingleton(new OutboxDeliveryOptions { BatchSize = 100, Parallelism = workers, RecordSentEvery = recordEvery });
    services.AddSingleton(new DigestOptions { BatchSize = 500 });
    services.AddSingleton<IWebHostEnvironmentLike>(new IWebHostEnvironmentLike());
    services.AddSingleton<IMailTransport>(new SmtpMailTransport(
        Options.Create(new MailOptions { Smtp = new SmtpSettings { Host = "127.0.0.1", Port = smtpPort, Security = SmtpSecurity.None } }),
        new IWebHostEnvironmentLike(),
        TimeProvider.System));
    services.AddApplication();
    services.AddEntityFrameworkCore(_ => EntityFrameworkCoreServiceCollectionExtensions.Resolve(configuration, Path.GetTempPath()));
    return services.BuildServiceProvider();
}

static async Task<(Guid City, Guid Idea)> SeedIdeaAsync(IServiceProvider provider, ICurrentTenant tenant)
{
    await using var scope = provider.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<CoDesignDbContext>();
    var city = await db.Cities.SingleAsync(c => c.Slug == "helsinki");
    using var _ = tenant.Change(city.Id, city.Slug);
    var category = await db.Categories.OrderBy(c => c.SortOrder).FirstAsync();
    var idea = IdeaManager.CreateIdea(city, category, "Kirjastoon pidemmät aukioloajat viikonloppuisin", "Moni haluaisi lukea sunnuntaisin.", "fi", null, null, ParticipationChannel.Online, DateTime.UtcNow);
    idea.Publish(DateTime.UtcNow);
    db.Ideas.Add(idea);
    await db.SaveChangesAsync();
    return (city.Id, idea.Id);
}

static async Task CopyPeopleAndNotificationsAsync(string connectionString, int count, Guid cityId, Guid ideaId)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
    var now = DateTime.UtcNow;
    await using (var users = await connection.BeginBinaryImportAsync(
        """COPY "AspNetUsers" ("Id", "DisplayName", "PreferredLanguage", "CreatedAt", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "SecurityStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount") FROM STDIN (FORMAT BINARY)"""))
    {
        for (var i = 0; i < count; i++)
        {
            var email = $"person{i}@bench.codesign.fi";
            await users.StartRowAsync();
            await users.WriteAsync(ids[i], NpgsqlDbType.Uuid);
            await users.WriteAsync($"Osallistuja {i}", NpgsqlDbType.Text);
            await users.WriteAsync((i % 20) switch { 0 => "en", < 6 => "sv", _ => "fi" }, NpgsqlDbType.Text);
            await users.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await users.WriteAsync(email, NpgsqlDbType.Text);
            await users.WriteAsync(email.ToUpperInvariant(), NpgsqlDbType.Text);
            await users.WriteAsync(email, NpgsqlDbType.Text);
            await users.WriteAsync(email.ToUpperInvariant(), NpgsqlDbType.Text);
            await users.WriteAsync(true, NpgsqlDbType.Boolean);
            await users.WriteAsync(Guid.NewGuid().ToString("N"), NpgsqlDbType.Text);
            await users.WriteAsync(false, NpgsqlDbType.Boolean);
            await users.WriteAsync(false, NpgsqlDbType.Boolean);
            await users.WriteAsync(true, NpgsqlDbType.Boolean);
            await users.WriteAsync(0, NpgsqlDbType.Integer);
        }

        await users.CompleteAsync();
    }

    await using (var notes = await connection.BeginBinaryImportAsync(
        """COPY "Notifications" ("Id", "TenantId", "UserId", "Kind", "IdeaId", "SourceId", "CreatedAt") FROM STDIN (FORMAT BINARY)"""))
    {
        foreach (var user in ids)
        {
            foreach (var kind in new[] { "idea.comment", "idea.response" })
            {
                await notes.StartRowAsync();
                await notes.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await notes.WriteAsync(cityId, NpgsqlDbType.Uuid);
                await notes.WriteAsync(user, NpgsqlDbType.Uuid);
                await notes.WriteAsync(kind, NpgsqlDbType.Text);
                await notes.WriteAsync(ideaId, NpgsqlDbType.Uuid);
                await notes.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                await notes.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
        }

        await notes.CompleteAsync();
    }

    await using var analyze = new NpgsqlCommand("ANALYZE", connection);
    await analyze.ExecuteNonQueryAsync();
}

/// <summary>One real digest, composed by the app for a person in the data, as the baseline's message.</summary>
static async Task<MailContent> SampleDigestAsync(IServiceProvider provider, ICurrentTenant tenant, Guid cityId)
{
    await using var scope = provider.CreateAsyncScope();
    var mails = scope.ServiceProvider.GetRequiredService<NotificationMails>();
    var sections = new List<MailSection>
    {
        new("Vastaukset ja tilamuutokset", [new MailItem("Kirjastoon pidemmät aukioloajat viikonloppuisin", "Kaupunki vastasi. Tila nyt: Julkaistu.", mails.IdeaUrl("helsinki", Guid.NewGuid()))]),
        new("Uudet kommentit seuraamissasi ideoissa", [new MailItem("Kirjastoon pidemmät aukioloajat viikonloppuisin", "Uusia kommentteja: 1", mails.IdeaUrl("helsinki", Guid.NewGuid()))]),
    };
    await Task.CompletedTask;
    return mails.Digest("fi", "Helsinki: päivän kooste", "Helsinki: päivän kooste", "Tässä on 2 uutta asiaa palvelusta Helsinki edellisen koosteen jälkeen.", sections, Guid.NewGuid(), UnsubscribeScopes.DailyDigest);
}

/// <summary>What a hand-written sender would send: the same parts, no outbox, no DKIM, no extra headers.</summary>
static MimeMessage PlainMessage(MailContent sample, string to)
{
    var message = new MimeMessage();
    message.From.Add(new MailboxAddress("CoDesign", "noreply@codesign.example"));
    message.To.Add(MailboxAddress.Parse(to));
    message.Subject = sample.Subject;
    var text = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
    text.SetText(System.Text.Encoding.UTF8, sample.Text);
    var html = new TextPart(TextFormat.Html) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
    html.SetText(System.Text.Encoding.UTF8, sample.Html);
    message.Body = new MultipartAlternative { text, html };
    return message;
}

static void ResetPeakRss()
{
    try
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
    }
    catch (IOException)
    {
    }
    catch (UnauthorizedAccessException)
    {
    }
}

static double PeakRssMb()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}

namespace CoDesign.Bench
{
    internal sealed class Nobody : ICurrentUser
    {
        public Guid? Id => null;

        public bool IsAuthenticated => false;

        public bool IsInPlatformRole(string role) => false;
    }

    internal sealed class BenchUrls : IPublicUrls
    {
        public string Absolute(string pathAndQuery) => "https://codesign.example" + pathAndQuery;
    }

    internal sealed class NoScheduler : IJobScheduler
    {
        public Task ScheduleCityDigestAsync(Guid cityId, string slug, string cron, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyCollection<string>> ScheduledCityDigestsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyCollection<string>>([]);

        public Task RemoveCityDigestAsync(string slug, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    /// <summary>The transport asks the host only for its content root (the pickup folder, unused here).</summary>
    internal sealed class IWebHostEnvironmentLike : Microsoft.AspNetCore.Hosting.IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

        public string ApplicationName { get; set; } = "CoDesign.Bench";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public string EnvironmentName { get; set; } = Environments.Production;
    }
}
