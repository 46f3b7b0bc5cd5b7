namespace CoDesign.Application.Coordination;

/// <summary>Settings of the cross-city figures ("Coordination" section).</summary>
public sealed class CoordinationOptions
{
    public const string Section = "Coordination";

    /// <summary>
    /// How long a node keeps a computed dashboard or theme view (per period and language) before
    /// computing it again. Zero computes every request. The figures are aggregates over every
    /// city; at national scale they take seconds to compute (docs/benchmarks.md).
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}
