using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CoDesign.Web.Infrastructure;

/// <summary>The "RateLimits" section: permits per window. Limits are kept in memory, per node (docs/deployment.md).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Sign-in attempts per address (IP) and window, pages and API together (lockout also applies per account).</summary>
    public int SignInPermits { get; set; } = 10;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Registrations and password-reset or confirmation-mail requests per address (IP) and window.</summary>
    public int AccountPermits { get; set; } = 5;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Votes, comments, ideas and reports per person (or address when signed out) and window.</summary>
    public int ParticipationPermits { get; set; } = 60;

    public TimeSpan ParticipationWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Open-data exports streaming at once on a node (each holds a database connection for seconds); more wait in a short queue, then get 429.</summary>
    public int ExportConcurrency { get; set; } = 4;

    public int ExportQueue { get; set; } = 8;
}

/// <summary>
/// Rate limits on the operations that are worth abusing: sign-in, account creation and account
/// mail, writing (votes, comments, ideas, reports), and how many open-data exports stream at once.
/// Everything else is not limited here. A
/// refused request gets 429 with Retry-After: problem details with the code
/// "CoDesign:TooManyRequests" in the API, a page in the reader's language otherwise.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddCoDesignRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, options));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions options)
    {
        if (options.Enabled && HttpMethods.IsGet(http.Request.Method) && http.Request.Path.StartsWithSegments("/api/v1/opendata", StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetConcurrencyLimiter("export", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = Math.Max(1, options.ExportConcurrency),
                QueueLimit = Math.Max(0, options.ExportQueue),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }

        if (!options.Enabled || !HttpMethods.IsPost(http.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var path = http.Request.Path.Value ?? string.Empty;
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();
        var kind = Classify(path);
        return kind switch
        {
            "signin" => Window("signin:" + ip, options.SignInPermits, options.SignInWindow),
            "account" => Window("account:" + ip, options.AccountPermits, options.AccountWindow),
            "write" => Window("write:" + (http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ip), options.ParticipationPermits, options.ParticipationWindow),
            _ => RateLimitPartition.GetNoLimiter(string.Empty),
        };
    }

    /// <summary>Which limit a POST falls under, by its path (pages and API alike).</summary>
    public static string? Classify(string path)
    {
        var p = path.TrimEnd('/').ToLowerInvariant();
        if (p is "/account/login" or "/api/v1/auth/login")
        {
            return "signin";
        }

        if (p is "/account/register" or "/account/forgot-password" or "/account/resend-confirmation" || p.StartsWith("/api/v1/auth/register", StringComparison.Ordinal))
        {
            return "account";
        }

        // /{city}/ideas/… (vote, withdraw, comment, report, follow, new idea) and the API's /api/v1/cities/{city}/ideas/….
        var segments = p.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var ideas = segments.Length >= 2 && segments[1] == "ideas" && segments[0] is not "api" and not "account" and not "admin"
            || segments.Length >= 5 && segments[0] == "api" && segments[2] == "cities" && segments[4] == "ideas";
        return ideas ? "write" : null;
    }

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
