using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using CoDesign.HttpApi.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CoDesign.Web.Errors;

/// <summary>
/// On pages, a refused permission or a missing (or other city's) record becomes the matching error
/// page instead of a 500; pages handle rule violations they expect themselves, as form errors, and
/// one they do not expect (input no form anticipated) is the error page of its status, a 4xx.
/// </summary>
public sealed class BusinessExceptionPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next().ConfigureAwait(false);
        IActionResult? result = executed.Exception switch
        {
            BusinessException { Code: ErrorCodes.Unauthenticated } => new ChallengeResult(),
            BusinessException { Code: ErrorCodes.Forbidden } => new StatusCodeResult(StatusCodes.Status403Forbidden),
            BusinessException { Code: ErrorCodes.NotFound } or TenantMismatchException => new StatusCodeResult(StatusCodes.Status404NotFound),
            BusinessException other when ErrorStatus.For(other.Code) < StatusCodes.Status500InternalServerError => new StatusCodeResult(ErrorStatus.For(other.Code)),
            _ => null,
        };
        if (result is not null)
        {
            executed.ExceptionHandled = true;
            executed.Result = result;
        }
    }
}
