using System.Text.Json.Nodes;

namespace CoDesign.Web.Tests.Security;

/// <summary>Real Helsinki records the matrix fills route parameters, forms and bodies with.</summary>
internal sealed class MatrixIds
{
    public Guid CityId { get; set; }

    public Guid CategoryId { get; set; }

    /// <summary>Read, voted, followed, commented and responded to by everyone.</summary>
    public Guid MainIdea { get; set; }

    public Guid HideIdea { get; set; }

    public Guid DuplicateIdea { get; set; }

    /// <summary>Reported by everyone (kept apart so reports do not hide the main idea).</summary>
    public Guid ReportIdea { get; set; }

    /// <summary>The participant's own comments on the main idea, one per route that edits or deletes one.</summary>
    public List<Guid> ParticipantComments { get; } = [];

    /// <summary>Another resident's comment, hidden and restored by moderators.</summary>
    public Guid ModeratedComment { get; set; }

    /// <summary>The participant's drafts, one per route that changes one.</summary>
    public List<Guid> Drafts { get; } = [];

    public Guid ResponseId { get; set; }

    /// <summary>Fresh accounts, one per route that grants a role.</summary>
    public List<string> FreshEmails { get; } = [];

    /// <summary>Role assignments of fresh accounts in Helsinki, one per route that revokes one.</summary>
    public List<Guid> Assignments { get; } = [];

    /// <summary>The participant's notification.</summary>
    public Guid NotificationId { get; set; }

    /// <summary>A Helsinki mail in the outbox.</summary>
    public Guid MailId { get; set; }

    /// <summary>The demo firm the organisation member belongs to.</summary>
    public Guid FirmId { get; set; }

    /// <summary>Themes with no categories, made for the routes that rename or delete one.</summary>
    public List<string> Themes { get; } = [];

    public JsonObject Settings { get; set; } = [];

    /// <summary>A published Helsinki process.</summary>
    public Guid ProcessId { get; set; }

    /// <summary>Its phases (far in the future), one per route that changes or removes one.</summary>
    public List<Guid> Phases { get; } = [];

    /// <summary>A coming Helsinki workshop of the process, registered for and run by everyone with access.</summary>
    public Guid WorkshopId { get; set; }

    /// <summary>A second workshop, called off by the route that cancels one.</summary>
    public Guid CancelledWorkshopId { get; set; }

    /// <summary>A person registered by staff, whose registration a staff route cancels.</summary>
    public Guid WorkshopRegistrationId { get; set; }
}
