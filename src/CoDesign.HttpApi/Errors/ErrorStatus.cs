using CoDesign.Domain.Errors;
using Microsoft.AspNetCore.Http;

namespace CoDesign.HttpApi.Errors;

/// <summary>The HTTP status each business error code answers with in the API.</summary>
public static class ErrorStatus
{
    public static int For(string code) => code switch
    {
        ErrorCodes.NotFound or ErrorCodes.CityUnknown => StatusCodes.Status404NotFound,
        ErrorCodes.Unauthenticated or ErrorCodes.AccountInvalidCredentials or ErrorCodes.AccountNotConfirmed => StatusCodes.Status401Unauthorized,
        ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCodes.AccountLockedOut => StatusCodes.Status423Locked,
        ErrorCodes.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorCodes.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorCodes.ServiceUnavailable => StatusCodes.Status503ServiceUnavailable,
        ErrorCodes.Unexpected => StatusCodes.Status500InternalServerError,
        ErrorCodes.Concurrency => StatusCodes.Status409Conflict,
        _ when code == ErrorCodes.Validation || code.EndsWith("Invalid", StringComparison.Ordinal) || code == ErrorCodes.FeedbackEmpty || code == ErrorCodes.AccountPasswordTooWeak => StatusCodes.Status400BadRequest,

        // A well-formed request that the rules refuse now (voting closed, cap reached, ...).
        _ => StatusCodes.Status409Conflict,
    };
}
