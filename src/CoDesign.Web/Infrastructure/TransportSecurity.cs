using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Primitives;

namespace CoDesign.Web.Infrastructure;

/// <summary>
/// What changes when a request arrives over HTTPS, usually through a TLS-terminating proxy: the
/// proxy's X-Forwarded-For / -Proto are believed from the addresses in App:TrustedProxies only
/// (loopback by default); the session and antiforgery cookies travel as <c>__Host-</c> cookies
/// (Secure, Path=/, no Domain, so a sibling subdomain can neither plant nor read them); and HSTS
/// is sent when App:UseHsts is on. Over plain http (the embedded try-out) the cookies keep their
/// plain names. The decision is per request, so a node answering both never breaks its forms.
/// </summary>
public static class TransportSecurity
{
    /// <summary>The names the app's options use; on HTTPS the browser sees "__Host-" + the name without its dot.</summary>
    public static readonly string[] PrefixedCookies = [".CoDesign.Auth", ".CoDesign.Antiforgery"];

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        // A year, as browsers' preload lists expect; subdomains only when the operator says all of them serve HTTPS.
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = configuration.GetValue("App:HstsIncludeSubDomains", false);
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            var trusted = configuration.GetSection("App:TrustedProxies").Get<string[]>()
                ?? (configuration["App:TrustedProxies"] ?? "127.0.0.1,::1").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var entry in trusted)
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(entry));
                }
            }
        });
        return services;
    }

    public static IApplicationBuilder UseTransportSecurity(this IApplicationBuilder app, IConfiguration configuration, IHostEnvironment environment)
    {
        app.UseForwardedHeaders();
        if (!environment.IsDevelopment() && configuration.GetValue("App:UseHsts", false))
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            if (context.Request.IsHttps)
            {
                UnprefixIncoming(context.Request);
                context.Response.OnStarting(() =>
                {
                    PrefixOutgoing(context.Response);
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        return app;
    }

    /// <summary>
    /// "__Host-CoDesign.Auth=…" reaches the app as ".CoDesign.Auth=…"; a plain ".CoDesign.*" cookie
    /// arriving over HTTPS is dropped, since only the prefixed one is protected from being planted.
    /// </summary>
    private static void UnprefixIncoming(HttpRequest request)
    {
        var header = request.Headers.Cookie;
        if (StringValues.IsNullOrEmpty(header))
        {
            return;
        }

        var pairs = new List<string>();
        foreach (var part in header.SelectMany(h => (h ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (part.StartsWith("__Host-CoDesign.", StringComparison.Ordinal))
            {
                pairs.Add(string.Concat(".", part.AsSpan("__Host-".Length)));
            }
            else if (!IsOurs(part))
            {
                pairs.Add(part);
            }
        }

        request.Headers.Cookie = string.Join("; ", pairs);
    }

    private static void PrefixOutgoing(HttpResponse response)
    {
        var values = response.Headers.SetCookie;
        if (StringValues.IsNullOrEmpty(values))
        {
            return;
        }

        response.Headers.SetCookie = new StringValues(values.Select(v => v is not null && IsOurs(v) ? HostCookie(v) : v).ToArray());
    }

    private static bool IsOurs(string cookie) =>
        PrefixedCookies.Any(name => cookie.StartsWith(name, StringComparison.Ordinal) && cookie.Length > name.Length && (cookie[name.Length] == '=' || cookie[name.Length] == 'C'));

    private static string HostCookie(string setCookie)
    {
        var parts = setCookie.Split(';').Select(p => p.Trim()).ToList();
        var attributes = parts.Skip(1)
            .Where(a => !a.StartsWith("domain=", StringComparison.OrdinalIgnoreCase) && !a.StartsWith("path=", StringComparison.OrdinalIgnoreCase) && !a.Equals("secure", StringComparison.OrdinalIgnoreCase))
            .Append("path=/")
            .Append("secure");
        return string.Join("; ", attributes.Prepend("__Host-" + parts[0][1..]));
    }
}
