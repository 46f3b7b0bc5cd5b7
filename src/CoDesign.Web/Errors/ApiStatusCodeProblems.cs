using System.Diagnostics;
using CoDesign.Domain.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CoDesign.Web.Errors;

/// <summary>Bare status codes in the API (404 of an unknown city, 401, 405...) become problem details with a code.</summary>
public static class ApiStatusCodeProblems
{
    public static async Task HandleAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var code = status switch
        {
            StatusCodes.Status404NotFound => ErrorCodes.NotFound,
            StatusCodes.Status401Unauthorized => ErrorCodes.Unauthenticated,
            StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
            StatusCodes.Status413PayloadTooLarge => ErrorCodes.PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
            StatusCodes.Status429TooManyRequests => ErrorCodes.TooManyRequests,
            StatusCodes.Status503ServiceUnavailable => ErrorCodes.ServiceUnavailable,
            >= 500 => ErrorCodes.Unexpected,
            _ => ErrorCodes.Validation,
        };
        var problem = new ProblemDetails
        {
            Status = status,
            Title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
        };
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json").ConfigureAwait(false);
    }
}
