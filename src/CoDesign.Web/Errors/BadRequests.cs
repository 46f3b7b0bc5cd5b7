using CoDesign.Domain.Errors;
using Npgsql;

namespace CoDesign.Web.Errors;

/// <summary>
/// Whether an exception means the request itself was bad rather than the server: a body over the
/// limit, the wrong content type, JSON that does not bind, a form over its limits, or a value
/// PostgreSQL refuses as data (a NUL in text, a number out of range: SQL state class 22). Such
/// requests get a 4xx with a code, in the API and on pages, never a 500.
/// </summary>
public static class BadRequests
{
    /// <summary>The status the request deserves, or null when the exception is not the client's doing.</summary>
    public static int? StatusOf(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BadHttpRequestException bad:
                    return bad.StatusCode;

                // Reading a form: too many fields, a field name or value over the form limits.
                case InvalidDataException:
                    return StatusCodes.Status400BadRequest;
                case PostgresException { SqlState: var state } when state.StartsWith("22", StringComparison.Ordinal):
                    return StatusCodes.Status400BadRequest;
            }
        }

        return null;
    }

    public static string CodeOf(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
        StatusCodes.Status404NotFound => ErrorCodes.NotFound,
        _ => ErrorCodes.Validation,
    };
}
