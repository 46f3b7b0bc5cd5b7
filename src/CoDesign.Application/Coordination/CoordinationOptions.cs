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

    /// <summary>
    /// Each node computes the dashboard of the default period (the last twelve months) in every
    /// language when it starts and again before the kept one expires, so no viewer of it waits
    /// for a cold computation. Only with a cache (a non-zero <see cref="CacheDuration"/>).
    /// </summary>
    public bool WarmUp { get; set; } = true;
}
