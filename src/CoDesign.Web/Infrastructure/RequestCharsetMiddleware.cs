using Microsoft.Net.Http.Headers;

namespace CoDesign.Web.Infrastructure;

/// <summary>
/// A body whose Content-Type names a charset .NET does not know ("application/json; charset=nope") is
/// refused with 415 before anything reads it: the JSON and form readers look the charset up and throw,
/// which answered 500 (found by the fuzz test).
/// </summary>
public sealed class RequestCharsetMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue && type.Encoding is null)
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
