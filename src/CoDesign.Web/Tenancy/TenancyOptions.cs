namespace CoDesign.Web.Tenancy;

/// <summary>The "Tenancy" section: optional host names that each serve one city at the root.</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>Host → city slug, for example "osallistu.example.fi": "helsinki".</summary>
    public Dictionary<string, string> Hosts { get; } = new(StringComparer.OrdinalIgnoreCase);
}
