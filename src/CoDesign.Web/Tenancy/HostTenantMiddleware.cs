using CoDesign.Domain.Tenancy;
using Microsoft.Extensions.Options;

namespace CoDesign.Web.Tenancy;

/// <summary>
/// First resolver in the order host, then path: a request to a mapped host is served as the
/// mapped city's path (/ideas → /helsinki/ideas). Runs before routing.
/// </summary>
public sealed class HostTenantMiddleware(RequestDelegate next, IOptions<TenancyOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.Hosts.Count > 0 && options.Value.Hosts.TryGetValue(context.Request.Host.Host, out var slug))
        {
            var path = context.Request.Path.Value ?? "/";
            var first = path.TrimStart('/').Split('/', 2)[0];
            var isPlatform = ReservedSlugs.All.Contains(first) && first is not ("accessibility" or "saavutettavuus" or "tillganglighet");
            if (!isPlatform && !string.Equals(first, slug, StringComparison.OrdinalIgnoreCase))
            {
                context.Request.Path = new PathString("/" + slug + (path == "/" ? string.Empty : path));
            }
        }

        return next(context);
    }
}
