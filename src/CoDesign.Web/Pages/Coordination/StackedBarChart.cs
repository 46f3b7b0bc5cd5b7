namespace CoDesign.Web.Pages.Coordination;

/// <summary>A horizontal stacked bar chart: one bar per label, one segment per series (solid, hatched, dotted).</summary>
public sealed record StackedBarChart(string Id, string Title, string Description, IReadOnlyList<string> SeriesNames, IReadOnlyList<StackedBar> Bars);
