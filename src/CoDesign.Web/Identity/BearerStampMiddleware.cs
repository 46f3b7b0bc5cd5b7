using System.Security.Claims;
using CoDesign.Domain.Identity;
using CoDesign.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoDesign.Web.Identity;

/// <summary>
/// Cookies are checked against the account's security stamp by Identity's validator; bearer tokens
/// are not. This does the same for bearer tokens, so signing out everywhere, changing the password
/// or deleting the account ends API sessions too. A token whose stamp no longer matches makes the
/// request anonymous (the endpoint then answers 401). Stamps are cached per node for a few seconds.
/// </summary>
public sealed class BearerStampMiddleware(RequestDelegate next, IMemoryCache cache, IOptions<IdentityOptions> identity)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    public async Task InvokeAsync(HttpContext context, CoDesignDbContext db)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(db);
        var user = context.User;
        // The same test the "cookie or bearer" policy scheme uses to pick the bearer handler.
        if (user.Identity is { IsAuthenticated: true }
            && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            var claimed = user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
            var current = await CurrentStampAsync(db, id, context.RequestAborted).ConfigureAwait(false);
            if (current is not null && claimed is not null && !string.Equals(current, claimed, StringComparison.Ordinal))
            {
                // The cached stamp may be older than the token (renewed on another node, then signed
                // in again): read it once more before turning the request away.
                Forget(cache, id);
                current = await CurrentStampAsync(db, id, context.RequestAborted).ConfigureAwait(false);
            }

            if (current is null || claimed is null || !string.Equals(current, claimed, StringComparison.Ordinal))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context).ConfigureAwait(false);
    }

    private Task<string?> CurrentStampAsync(CoDesignDbContext db, Guid id, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("stamp:" + id, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await db.Users.AsNoTracking().Where(u => u.Id == id && u.DeletedAt == null).Select(u => u.SecurityStamp).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        });

    /// <summary>Called where a stamp changes on this node, so the change applies at once here.</summary>
    public static void Forget(IMemoryCache cache, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(cache);
        cache.Remove("stamp:" + userId);
    }
}
