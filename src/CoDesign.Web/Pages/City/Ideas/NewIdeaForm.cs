namespace CoDesign.Web.Pages.City.Ideas;

/// <summary>The fields of the idea form; kept as text so that what a person typed is never lost on an error.</summary>
public sealed class NewIdeaForm
{
    public Guid? DraftId { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public Guid? CategoryId { get; set; }

    public string? District { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? Language { get; set; }

    public Guid? OrganisationId { get; set; }

    /// <summary>The process the idea is sent into, if it came from a process page.</summary>
    public Guid? ProcessId { get; set; }
}
