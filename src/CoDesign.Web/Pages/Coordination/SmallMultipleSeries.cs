namespace CoDesign.Web.Pages.Coordination;

/// <summary>One series of the small multiples: a name, an optional link and a count per month.</summary>
public sealed record SmallMultipleSeries(string Key, string Name, string? Href, IReadOnlyList<int> Values);
