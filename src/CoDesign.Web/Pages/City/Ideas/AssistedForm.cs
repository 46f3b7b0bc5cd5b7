using CoDesign.Domain.Ideas;

namespace CoDesign.Web.Pages.City.Ideas;

public sealed class AssistedForm
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    public Guid? CategoryId { get; set; }

    public string? District { get; set; }

    public string? Language { get; set; }

    public ParticipationChannel Channel { get; set; } = ParticipationChannel.ServicePoint;

    public bool ConsentNoted { get; set; }

    public string? ContactEmail { get; set; }
}
