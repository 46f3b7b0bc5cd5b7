namespace CoDesign.Browser.Tests;

/// <summary>The seeded demo cities: slug, Finnish and Swedish names.</summary>
public static class Cities
{
    public static readonly IReadOnlyList<(string Slug, string Finnish, string Swedish)> All =
    [
        ("helsinki", "Helsinki", "Helsingfors"),
        ("espoo", "Espoo", "Esbo"),
        ("vantaa", "Vantaa", "Vanda"),
        ("tampere", "Tampere", "Tammerfors"),
        ("turku", "Turku", "Åbo"),
        ("oulu", "Oulu", "Uleåborg"),
    ];

    public static readonly string[] Languages = ["fi", "sv"];

    /// <summary>A path in the given language: Finnish is the default, Swedish via ?lang=sv.</summary>
    public static string InLanguage(string path, string language) =>
        language == "fi" ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={language}";

    public static string Name((string Slug, string Finnish, string Swedish) city, string language) =>
        language == "sv" ? city.Swedish : city.Finnish;
}
