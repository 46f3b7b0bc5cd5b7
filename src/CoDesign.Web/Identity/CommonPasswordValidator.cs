using System.Globalization;
using System.Reflection;
using CoDesign.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace CoDesign.Web.Identity;

/// <summary>
/// Refuses passwords that are long enough but guessable (NIST SP 800-63B 3.1.1.2): a common word
/// dressed with digits or punctuation ("Salasana2026!", "qwertyuiop123"), only digits and
/// punctuation, one short piece repeated, a keyboard or alphabet run, or the person's own address.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    private static readonly HashSet<string> Words = Load();

    private static readonly string[] Runs = WithReversed(
        "abcdefghijklmnopqrstuvwxyzåäö", "qwertyuiopåasdfghjklöäzxcvbnm", "1234567890", "1qaz2wsx3edc4rfv5tgb");

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(IsCommon(password, user.Email)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = "The password is too common or easy to guess." })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        var lower = password.ToLower(CultureInfo.InvariantCulture);
        var core = lower.Trim().TrimStart(Decoration).TrimEnd(Decoration);
        if (core.Length == 0 || Words.Contains(core) || IsWordTwice(core) || IsRepeated(lower) || IsRun(core))
        {
            return true;
        }

        var local = email?.Split('@')[0].ToLower(CultureInfo.InvariantCulture);
        return local is { Length: >= 4 } && lower.Contains(local, StringComparison.Ordinal);
    }

    private static readonly char[] Decoration = [.. "0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~§½¤£€"];

    private static bool IsWordTwice(string core) =>
        core.Length % 2 == 0 && core[..(core.Length / 2)] == core[(core.Length / 2)..] && Words.Contains(core[..(core.Length / 2)]);

    private static bool IsRepeated(string value)
    {
        for (var size = 1; size <= 4; size++)
        {
            if (value.Length % size == 0 && value.Length / size >= 3 && string.Concat(Enumerable.Repeat(value[..size], value.Length / size)) == value)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRun(string core) =>
        core.Length >= 6 && Runs.Any(run => run.Contains(core, StringComparison.Ordinal));

    private static string[] WithReversed(params string[] runs) =>
        [.. runs, .. runs.Select(r => new string(r.Reverse().ToArray()))];

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoDesign.Web.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word.ToLower(CultureInfo.InvariantCulture));
            }
        }

        return words;
    }
}
