namespace CoDesign.Domain.Tenancy;

/// <summary>First path segments that belong to the platform and can never name a city.</summary>
public static class ReservedSlugs
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "api", "account", "admin", "health", "coordination", "error", "language", "css", "js", "img",
        "lib", "favicon.ico", "robots.txt", "openapi", "accessibility", "saavutettavuus", "tillganglighet",
        "unsubscribe", "notifications", "me", "organisations", "static", "assets", "about", "privacy", "opendata",
    };
}
