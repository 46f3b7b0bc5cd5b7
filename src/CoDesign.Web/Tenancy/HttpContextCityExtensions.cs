using CoDesign.Application.Tenancy;

namespace CoDesign.Web.Tenancy;

public static class HttpContextCityExtensions
{
    /// <summary>The city of this request, if its route names one.</summary>
    public static CityRef? City(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(TenantResolutionMiddleware.CityKey, out var c) ? c as CityRef : null;
    }
}
