using System.Security.Claims;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.HttpApi.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.Account;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var auth = api.MapGroup("/auth").WithTags("Authentication");

        // Answers ASP.NET Core Identity's bearer token ({ tokenType, accessToken, expiresIn, refreshToken }).
        auth.MapPost("/login", async Task<IResult> (LoginRequest request, SignInManager<AppUser> signIn) =>
        {
            if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            {
                return ProblemResults.Problem(ErrorCodes.Validation, StatusCodes.Status400BadRequest, "E-mail and password are required.", string.IsNullOrWhiteSpace(request.Email) ? "email" : "password");
            }

            var user = await signIn.UserManager.FindByEmailAsync(request.Email.Trim()).ConfigureAwait(false);
            if (user is null)
            {
                return ProblemResults.Problem(ErrorCodes.AccountInvalidCredentials, StatusCodes.Status401Unauthorized, "The e-mail or password is wrong.");
            }

            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
            if (result.Succeeded)
            {
                // The bearer handler has written the token response.
                return Results.Empty;
            }

            if (result.IsLockedOut)
            {
                return ProblemResults.Problem(ErrorCodes.AccountLockedOut, StatusCodes.Status423Locked, "The account is locked for a while after too many failed sign-ins.");
            }

            if (result.IsNotAllowed)
            {
                return ProblemResults.Problem(ErrorCodes.AccountNotConfirmed, StatusCodes.Status401Unauthorized, "The e-mail address has not been confirmed.");
            }

            return ProblemResults.Problem(ErrorCodes.AccountInvalidCredentials, StatusCodes.Status401Unauthorized, "The e-mail or password is wrong.");
        }).AllowAnonymous().WithName("Login").WithSummary("Signs in and returns a bearer token.")
          .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status400BadRequest);

        auth.MapGet("/me", async Task<IResult> (ClaimsPrincipal principal, UserManager<AppUser> users) =>
        {
            var user = await users.GetUserAsync(principal).ConfigureAwait(false);
            if (user is null)
            {
                return ProblemResults.Problem(ErrorCodes.Unauthenticated, StatusCodes.Status401Unauthorized, "Sign-in required.");
            }

            var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
            return TypedResults.Ok(new MeDto(user.Id, user.Email ?? string.Empty, user.DisplayName, user.PreferredLanguage, roles.ToList()));
        }).RequireAuthorization().WithName("Me").WithSummary("The signed-in person.");

        return auth;
    }
}
