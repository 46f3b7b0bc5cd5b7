using CoDesign.Application.Localization;
using CoDesign.Domain.Errors;
using CoDesign.HttpApi.Errors;
using Microsoft.AspNetCore.Antiforgery;

namespace CoDesign.Web.Identity;

/// <summary>
/// The API also accepts the session cookie (the site's own scripts, a signed-in coordinator reading
/// figures). A browser sends that cookie with any request to the site, and SameSite=Lax does not
/// stop a sibling subdomain, so an API write that the cookie authenticates must carry the
/// antiforgery token as a page form does (header <c>RequestVerificationToken</c>, from any page's
/// form). A bearer token is never sent by a browser on its own and needs none; nor does a request
/// that no cookie signed in (it changes nothing that belongs to anybody).
/// </summary>
public sealed class ApiCookieAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery, ITextCatalog texts)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method) && !HttpMethods.IsTrace(request.Method)
            && context.User.Identity is { IsAuthenticated: true }
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && !await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            var problem = ProblemResults.Problem(ErrorCodes.AntiforgeryInvalid, StatusCodes.Status400BadRequest, texts.Text("Error." + ErrorCodes.AntiforgeryInvalid, Languages.English));
            await problem.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
