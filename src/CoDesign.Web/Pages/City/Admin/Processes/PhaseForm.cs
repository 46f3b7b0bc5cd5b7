namespace CoDesign.Web.Pages.City.Admin.Processes;

/// <summary>A phase as the admin form posts it: kind and first and last day (Helsinki dates).</summary>
public sealed class PhaseForm
{
    public string? Kind { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }
}
