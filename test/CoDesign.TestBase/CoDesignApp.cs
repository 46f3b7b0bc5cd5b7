using System.Net;
using CoDesign.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoDesign.TestBase;

/// <summary>
/// The real app on Kestrel (a real socket, the whole HTTP pipeline) over its own seeded database,
/// sending mail to the test SMTP server. One per test class (xunit class fixture).
/// </summary>
public class CoDesignApp(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Settings a test class adds before the app starts.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _database = await Databases.CreateSeededAsync(provider);
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>A client for the real socket, with cookies and without following redirects.</summary>
    public HttpClient CreateRealClient(bool allowRedirects = false, CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = allowRedirects, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["ConnectionStrings:Default"] = Database.ConnectionString,
            ["Database:MigrateOnStart"] = "false",
            ["Demo:Password"] = Databases.DemoPassword,
            ["Mail:Smtp:Host"] = TestEnvironment.SmtpHost,
            ["Mail:Smtp:Port"] = TestEnvironment.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:EnableSsl"] = "false",
            ["Jobs:DeliveryInterval"] = "00:00:00.300",
            ["Jobs:InvisibilityTimeout"] = "00:00:30",

            // Every test signs in from 127.0.0.1; RateLimitTests use the real limits.
            ["RateLimits:SignInPermits"] = "100000",
            ["RateLimits:AccountPermits"] = "100000",
            ["RateLimits:ParticipationPermits"] = "100000",
            ["Coordination:CacheDuration"] = "00:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
