using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace CoDesign.Web.Infrastructure;

/// <summary>
/// What changes when the site is served over HTTPS (App:PublicBaseUrl starts with https://),
/// usually behind a TLS-terminating proxy: the proxy's X-Forwarded-For / -Proto are believed
/// from the addresses in App:TrustedProxies only (loopback by default), the session and
/// antiforgery cookies are Secure and carry the <c>__Host-</c> prefix (no Domain, Path=/, so a
/// sibling subdomain cannot plant or read them), and HSTS is sent when App:UseHsts is on.
/// </summary>
public static class TransportSecurity
{
    public const string AuthCookie = "CoDesign.Auth";
    public const string AntiforgeryCookie = "CoDesign.Antiforgery";

    public static bool IsHttps(IConfiguration configuration) =>
        configuration["App:PublicBaseUrl"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;

    public static string CookieName(string name, bool https) => https ? "__Host-" + name : "." + name;

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var https = IsHttps(configuration);
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            o.Cookie.Name = CookieName(AuthCookie, https);
            o.Cookie.Path = "/";
            o.Cookie.Domain = null;
            o.Cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.PostConfigure<AntiforgeryOptions>(o =>
        {
            o.Cookie.Name = CookieName(AntiforgeryCookie, https);
            o.Cookie.Path = "/";
            o.Cookie.Domain = null;
            o.Cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
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

        return app;
    }
}
