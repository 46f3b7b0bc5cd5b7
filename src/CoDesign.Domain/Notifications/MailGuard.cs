using System.Net.Mail;
using CoDesign.Domain.Errors;

namespace CoDesign.Domain.Notifications;

/// <summary>Checks addresses and subjects so that no header can be injected through them.</summary>
public static class MailGuard
{
    public static string Address(string address)
    {
        var a = (address ?? string.Empty).Trim();
        if (a.Length is 0 or > OutboxMail.MaxAddressLength || a.Any(char.IsControl) || !MailAddress.TryCreate(a, out var parsed) || parsed.Address != a)
        {
            throw new BusinessException(ErrorCodes.Validation, "Invalid e-mail address.") { Field = "Email" };
        }

        return a;
    }

    public static string Subject(string subject)
    {
        var s = (subject ?? string.Empty).Trim();
        if (s.Any(char.IsControl))
        {
            s = new string(s.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        }

        return s.Length <= OutboxMail.MaxSubjectLength ? s : s[..OutboxMail.MaxSubjectLength];
    }

    public static bool IsValidAddress(string? address)
    {
        try
        {
            Address(address ?? string.Empty);
            return true;
        }
        catch (BusinessException)
        {
            return false;
        }
    }
}
