using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CoDesign.Web.Errors;

/// <summary>
/// A post naming a handler the page does not have (<c>?handler=nope</c>) is a 400: Razor Pages
/// would otherwise draw the page without running any handler, with none of its data loaded.
/// </summary>
public sealed class UnknownHandlerPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return Task.CompletedTask;
        }

        return next();
    }
}
