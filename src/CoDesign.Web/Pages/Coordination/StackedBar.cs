namespace CoDesign.Web.Pages.Coordination;

/// <summary>One bar: its label and a value per series.</summary>
public sealed record StackedBar(string Label, IReadOnlyList<int> Values);
