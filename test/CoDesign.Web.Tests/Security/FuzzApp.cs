using CoDesign.TestBase;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// The app the fuzz test drives: jobs off (only the fuzz writes), every error the server logs kept in
/// <see cref="Errors"/> so a 500 is reported with its cause, and one API route that always throws
/// (<see cref="BoomPath"/>) to prove the fuzz notices a 500.
/// </summary>
public sealed class FuzzApp : PostgresApp
{
    public const string BoomPath = "/api/v1/fuzz-self-check/{anything}";

    public ServerErrorLog Errors { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Jobs:Enabled"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, BoomRouteStartupFilter>());
    }

    private sealed class BoomRouteStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // After every endpoint: only a request no endpoint took gets here; any other goes on to the usual 404.
            app.Use((HttpContext context, RequestDelegate next) =>
                context.Request.Path.StartsWithSegments("/api/v1/fuzz-self-check", StringComparison.Ordinal)
                    ? throw new InvalidOperationException("The fuzz self-check route fails on purpose.")
                    : next(context));
        };
    }
}
