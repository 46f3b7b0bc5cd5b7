using System.Diagnostics;
using CoDesign.Application.Localization;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using CoDesign.HttpApi.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CoDesign.Web.Errors;

/// <summary>
/// Turns exceptions into RFC 9457 problem details for the API. Pages get the friendly error page
/// (through the re-executing handler). No stack trace, SQL or exception text ever reaches a client.
/// </summary>
public sealed partial class CoDesignExceptionHandler(ITextCatalog texts, ILogger<CoDesignExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        // The middleware has already switched Path to the error page; the feature keeps the original.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? string.Empty;
        var outage = DatabaseOutage.Is(exception);
        if (outage)
        {
            // The database is down or restarting: nothing is wrong with the request; try again soon.
            LogOutage(logger, path, exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var badRequest = BadRequests.StatusOf(exception);
        if (badRequest is { } status)
        {
            LogBadRequest(path, status, exception);
        }

        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            // A page's bad request gets the error page with the status the middleware's selector chose.
            if (badRequest is null && !outage)
            {
                LogUnhandled(logger, exception, path);
            }

            return false;
        }

        ProblemDetails problem;
        switch (exception)
        {
            case BusinessException business:
                problem = ProblemResults.From(business, texts.Text("Error." + business.Code, Languages.English));

                // Out of a process's phase: the same sentence the page shows, in the request's language.
                if (Application.Processes.PhaseMessages.Describe(business, texts, Languages.Current) is { } when)
                {
                    problem.Detail = when;
                }

                break;
            case TenantMismatchException:
                // Reaching another city's data is reported as if it did not exist.
                problem = ProblemResults.From(new EntityNotFoundException(), texts.Text("Error." + ErrorCodes.NotFound, Languages.English));
                break;
            case var _ when badRequest is { } badStatus:
                var code = BadRequests.CodeOf(badStatus);
                problem = new ProblemDetails { Status = badStatus, Title = texts.Text("Error." + code, Languages.English) };
                problem.Extensions["code"] = code;
                break;
            case var _ when outage:
                problem = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = texts.Text("Error." + ErrorCodes.ServiceUnavailable, Languages.English) };
                problem.Extensions["code"] = ErrorCodes.ServiceUnavailable;
                break;
            default:
                LogUnhandled(logger, exception, path);
                problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." };
                problem.Extensions["code"] = ErrorCodes.Unexpected;
                break;
        }

        problem.Extensions["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        // Written directly: an API client always gets problem details, whatever its Accept header says.
        await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable on {Path}: {Reason}")]
    private static partial void LogOutage(ILogger logger, string path, string reason);

    private void LogBadRequest(string path, int status, Exception exception)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var reason = exception.GetBaseException().Message;
            LogBadRequest(logger, path, status, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bad request on {Path} ({Status}): {Reason}")]
    private static partial void LogBadRequest(ILogger logger, string path, int status, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
