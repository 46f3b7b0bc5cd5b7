using CoDesign.Application;
using CoDesign.Application.Notifications;
using CoDesign.Application.Users;
using CoDesign.Domain.Identity;
using CoDesign.Domain.MultiTenancy;
using CoDesign.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoDesign.TestBase;

/// <summary>
/// The application and persistence layers wired as the host wires them, on a real database, with
/// a movable clock and a settable current user. Application tests call use cases through this.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestServices(ServiceProvider provider)
    {
        _provider = provider;
    }

    public IServiceProvider Services => _provider;

    public TestClock Clock => _provider.GetRequiredService<TestClock>();

    public TestCurrentUser User => _provider.GetRequiredService<TestCurrentUser>();

    public ICurrentTenant Tenant => _provider.GetRequiredService<ICurrentTenant>();

    public static TestServices Create(DatabaseProvider provider, string connectionString, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TestClock>();
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<TestClock>());
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddSingleton<TestCurrentUser>();
        services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddSingleton<IPublicUrls, FixedPublicUrls>();
        services.AddSingleton<IPasswordHasher<AppUser>, PasswordHasher<AppUser>>();
        services.AddSingleton(new OutboxDeliveryOptions());
        services.AddSingleton(new DigestOptions());
        services.AddSingleton(new RetentionOptions());

        // Tests read the figures right after changing the data.
        services.AddSingleton(new CoDesign.Application.Coordination.CoordinationOptions { CacheDuration = TimeSpan.Zero });
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<IUnsubscribeTokens, CoDesign.Web.Mail.DataProtectionUnsubscribeTokens>();
        services.AddSingleton<RecordingJobScheduler>();
        services.AddSingleton<IJobScheduler>(sp => sp.GetRequiredService<RecordingJobScheduler>());
        services.AddApplication();
        services.AddEntityFrameworkCore(_ => EntityFrameworkCoreServiceCollectionExtensions.Resolve(configuration, Path.GetTempPath()));
        configure?.Invoke(services);
        return new TestServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    public AsyncServiceScope CreateScope() => _provider.CreateAsyncScope();

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider).ConfigureAwait(false);
    }

    public async Task RunAsync(Func<IServiceProvider, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = _provider.CreateAsyncScope();
        await action(scope.ServiceProvider).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
