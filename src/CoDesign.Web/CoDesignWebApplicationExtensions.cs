using CoDesign.Application.Localization;
using CoDesign.Application.Seeding;
using CoDesign.EntityFrameworkCore;
using CoDesign.HttpApi;
using CoDesign.Web.Errors;
using CoDesign.Web.Infrastructure;
using CoDesign.Web.Jobs;
using CoDesign.Web.Localization;
using CoDesign.Web.Tenancy;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CoDesign.Web;

public static partial class CoDesignWebApplicationExtensions
{
    public static WebApplication UseCoDesign(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

        // The proxy's view of the client (address, https) before anything looks at it.
        app.UseTransportSecurity(app.Configuration, app.Environment);

        // First, so that error pages re-executed further in keep the request's language (?lang=sv).
        app.UseRequestLocalization(LocalizationSetup.Options());
        app.UseMiddleware<LanguageQueryMiddleware>();
        // A bad request (body over the limit, unreadable form, data PostgreSQL refuses) is a 4xx page, not a 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = e => BadRequests.StatusOf(e) ?? StatusCodes.Status500InternalServerError,
        });
        app.UseWhen(IsApi, b => b.UseStatusCodePages(ApiStatusCodeProblems.HandleAsync));
        app.UseWhen(c => !IsApi(c), b => b.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseRequestLimits(app.Configuration);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<HostTenantMiddleware>();
        app.UseMiddleware<RequestCharsetMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<CoDesign.Web.Identity.BearerStampMiddleware>();
        app.UseMiddleware<CoDesign.Web.Identity.ApiCookieAntiforgeryMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthorization();
        app.UseJobsDashboard();

        app.MapRazorPages();
        app.MapHttpApi();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });
        return app;
    }

    /// <summary>
    /// The embedded mode migrates and seeds on start; server mode expects the explicit `migrate`
    /// command and only checks, so that several nodes never race to change the schema.
    /// </summary>
    public static async Task InitializeAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var connection = app.Services.GetRequiredService<ResolvedConnection>();
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        var migrateOnStart = options.MigrateOnStart ?? connection.Provider == DatabaseProvider.Sqlite;
        if (migrateOnStart)
        {
            await MigrateAndSeedAsync(app.Services, app.Configuration, app.Environment, cancellationToken).ConfigureAwait(false);
        }

        if (DemoMode.IsEnabled(app.Configuration, app.Environment, connection))
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
        }
    }

    public static async Task MigrateAndSeedAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        await Jobs.JobStorageSetup.InstallAsync(sp.GetRequiredService<ResolvedConnection>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Jobs.JobsOptions>>().Value, cancellationToken).ConfigureAwait(false);
        await sp.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken).ConfigureAwait(false);
        if (DemoMode.IsEnabled(configuration, environment, sp.GetRequiredService<ResolvedConnection>()))
        {
            await sp.GetRequiredService<DemoDataSeeder>().SeedAsync(DemoMode.Password(configuration), cancellationToken).ConfigureAwait(false);
        }

        services.GetRequiredService<CityDirectory>().Invalidate();
    }

    private static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var password = DemoMode.Password(app.Configuration);
        var cities = DemoContent.Cities.Select(c => c.Slug).ToList();
        var lines = new List<string>
        {
            string.Empty,
            "CoDesign is running (embedded/demo mode).",
            "  Open: " + string.Join("  ", addresses),
            $"  Demo password for every account below: {password}   (setting Demo:Password)",
            $"  Platform admin: {DemoAccounts.PlatformAdmin}",
            $"  Coordinator:    {DemoAccounts.Coordinator}",
        };
        foreach (var city in cities)
        {
            lines.Add($"  {city,-9} admin: {DemoAccounts.CityAdmin(city)}, moderator: {DemoAccounts.Moderator(city)}, official: {DemoAccounts.Official(city)}");
        }

        lines.Add($"  Residents: {DemoAccounts.Resident(1)} … {DemoAccounts.Resident(DemoAccounts.Residents)}");
        lines.Add($"  Languages: {string.Join(", ", Languages.All)} (Finnish by default)");
        lines.Add(string.Empty);
        Console.Out.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
