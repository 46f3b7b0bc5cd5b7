using System.Security.Cryptography;
using System.Text;
using CoDesign.Application.Notifications;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace CoDesign.Web.Mail;

/// <summary>
/// Unsubscribe tokens sealed with ASP.NET Core data protection (authenticated encryption; the key
/// ring is in the database, so every node reads every other node's links). A token names one
/// account and a scope; it cannot be altered or made for another account, and an invalid one says
/// nothing about whether an account exists.
/// </summary>
public sealed class DataProtectionUnsubscribeTokens(IDataProtectionProvider provider) : IUnsubscribeTokens
{
    private readonly IDataProtector _protector = provider.CreateProtector("CoDesign.Unsubscribe.v1");

    public string Create(Guid userId, string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var payload = Encoding.UTF8.GetBytes($"{userId:N}|{scope}");
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload));
    }

    public UnsubscribeToken? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1_000)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            return bar > 0 && Guid.TryParseExact(text[..bar], "N", out var userId) ? new UnsubscribeToken(userId, text[(bar + 1)..]) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
