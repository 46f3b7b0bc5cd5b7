using System.Globalization;

namespace CoDesign.Application.Localization;

/// <summary>The platform's languages: Finnish is the default, then Swedish and English.</summary>
public static class Languages
{
    public const string Finnish = "fi";
    public const string Swedish = "sv";
    public const string English = "en";
    public const string Default = Finnish;

    public static readonly IReadOnlyList<string> All = [Finnish, Swedish, English];

    public static string Normalize(string? language)
    {
        var two = (language ?? string.Empty).Split('-', '_')[0].ToLowerInvariant();
        return All.Contains(two) ? two : Default;
    }

    /// <summary>The one of three translations that fits the language (Finnish when it is unknown).</summary>
    public static string Pick(string? language, string fi, string sv, string en) => Normalize(language) switch
    {
        Swedish => sv,
        English => en,
        _ => fi,
    };

    public static string Current => Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>The Finnish variants of the cultures, so dates and numbers look as they do in Finland.</summary>
    public static CultureInfo Culture(string language) => Normalize(language) switch
    {
        Swedish => CultureInfo.GetCultureInfo("sv-FI"),
        English => CultureInfo.GetCultureInfo("en-FI"),
        _ => CultureInfo.GetCultureInfo("fi-FI"),
    };
}
