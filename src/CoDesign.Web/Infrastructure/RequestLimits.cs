using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CoDesign.Web.Infrastructure;

/// <summary>
/// How big a request may be: App:MaxRequestBodySize (1 MB by default) for every body, JSON and
/// forms alike; nothing the app takes is near that (an idea is at most 10,000 characters). A body
/// announced as larger is refused before anything reads it, so even an endpoint that ignores its
/// body answers 413 with a code; a chunked one is stopped by Kestrel as it grows past the limit.
/// </summary>
public static class RequestLimits
{
    public const long DefaultMaxRequestBodySize = 1024 * 1024;

    public static long MaxRequestBodySize(IConfiguration configuration) =>
        configuration.GetValue("App:MaxRequestBodySize", DefaultMaxRequestBodySize);

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var max = MaxRequestBodySize(configuration);
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = max);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = max);
        return services;
    }

    /// <summary>Refuses a body whose Content-Length is over the limit; the exception handler answers 413.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app, IConfiguration configuration)
    {
        var configured = MaxRequestBodySize(configuration);
        return app.Use((context, next) =>
        {
            var max = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? configured;
            // Not again when the error page is drawn for this very request.
            if (context.Request.ContentLength > max && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null)
            {
                throw new Microsoft.AspNetCore.Http.BadHttpRequestException($"The request body is larger than {max} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            return next(context);
        });
    }
}
