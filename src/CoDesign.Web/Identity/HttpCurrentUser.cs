using System.Security.Claims;
using CoDesign.Application.Users;

namespace CoDesign.Web.Identity;

/// <summary>The signed-in person of the current request (cookie or bearer token).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? Id =>
        Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && Guid.TryParse(id, out var guid) ? guid : null;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true && Id is not null;

    public bool IsInPlatformRole(string role) => Principal?.IsInRole(role) == true;
}
