using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CoDesign.Web.Identity;

/// <summary>
/// A sliding cookie could be kept alive for ever by a device that is used now and then. The time
/// of the sign-in itself is kept in the ticket (renewals and stamp refreshes carry it along), and a
/// session older than <c>Security:AbsoluteSessionLifetime</c> (30 days) is ended whatever its use:
/// the person signs in again.
/// </summary>
public static class AbsoluteSessionLifetime
{
    public const string Setting = "Security:AbsoluteSessionLifetime";

    private const string SignedInAtKey = ".codesign.signedInAt";

    public static readonly TimeSpan Default = TimeSpan.FromDays(30);

    public static void Apply(CookieAuthenticationOptions options, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            context.Properties.Items[SignedInAtKey] = context.Options.TimeProvider!.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            return signingIn(context);
        };

        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            // A ticket from before this rule has no sign-in time: its issue time is the best there is.
            var now = context.Options.TimeProvider!.GetUtcNow();
            var signedInAt = context.Properties.Items.TryGetValue(SignedInAtKey, out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                    ? at
                    : context.Properties.IssuedUtc ?? now;
            if (now - signedInAt > lifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
                return;
            }

            await validate(context).ConfigureAwait(false);
        };
    }
}
