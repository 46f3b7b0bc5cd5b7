using CoDesign.Domain.Errors;

namespace CoDesign.Domain.Notifications;

/// <summary>Checks addresses and subjects so that no header can be injected through them.</summary>
public static class MailGuard
{
    /// <summary>RFC 5322 "atext": what a dot-atom local part may hold besides letters and digits.</summary>
    private const string LocalPartSymbols = "!#$%&'*+/=?^_`{|}~-";

    /// <summary>
    /// A bare address (local@domain) and nothing else: no display name, angle brackets, comments,
    /// lists, quoted local parts or control characters, so that what is checked here is exactly the
    /// one mailbox that ends up in the header.
    /// </summary>
    public static string Address(string address)
    {
        var a = (address ?? string.Empty).Trim();
        if (a.Length is 0 or > OutboxMail.MaxAddressLength || !IsBareAddress(a))
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

    private static bool IsBareAddress(string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || at > 64)
        {
            return false;
        }

        var local = address[..at];
        var domain = address[(at + 1)..];
        return DotSeparated(local, c => IsWordChar(c) || LocalPartSymbols.Contains(c, StringComparison.Ordinal), allowHyphenAtEnds: true)
            && DotSeparated(domain, IsWordChar, allowHyphenAtEnds: false);
    }

    /// <summary>Non-empty runs of allowed characters joined by single dots (no leading, trailing or double dot).</summary>
    private static bool DotSeparated(string value, Func<char, bool> allowed, bool allowHyphenAtEnds)
    {
        foreach (var part in value.Split('.'))
        {
            if (part.Length == 0 || !part.All(c => c == '-' || allowed(c)))
            {
                return false;
            }

            if (!allowHyphenAtEnds && (part[0] == '-' || part[^1] == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>ASCII letters and digits, and the letters and digits of other scripts (internationalised addresses).</summary>
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetterOrDigit(c));
}
