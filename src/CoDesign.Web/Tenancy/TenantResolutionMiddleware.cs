using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Web.Tenancy;

/// <summary>
/// Resolves the {city} route value to the current tenant for the rest of the request. An unknown
/// city is a 404 and never falls back to a default city.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, CityDirectory directory, ICurrentTenant currentTenant)
{
    public const string RouteKey = "city";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // An error page shown for a failed request runs outside any city (the failure may be the
        // database itself, which resolving the city again would only repeat).
        if (context.GetRouteValue(RouteKey) is not string slug
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
        {
            // Platform routes run outside any city.
            using (currentTenant.Change(null))
            {
                await next(context).ConfigureAwait(false);
            }

            return;
        }

        var city = await directory.FindAsync(slug, context.RequestAborted).ConfigureAwait(false);
        if (city is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Items[CityNotFoundKey] = true;
            return;
        }

        context.Items[CityKey] = city;
        using (currentTenant.Change(city.Id, city.Slug))
        {
            await next(context).ConfigureAwait(false);
        }
    }

    public const string CityKey = "codesign:city";
    public const string CityNotFoundKey = "codesign:city-not-found";
}
