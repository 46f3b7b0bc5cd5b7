namespace CoDesign.Web.Pages.Coordination;

/// <summary>One small column chart per series over the same months, with the numbers in one table.</summary>
public sealed record SmallMultiples(string Id, string Title, string RowHeader, IReadOnlyList<string> Months, IReadOnlyList<SmallMultipleSeries> Series);
