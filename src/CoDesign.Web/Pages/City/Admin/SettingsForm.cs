namespace CoDesign.Web.Pages.City.Admin;

/// <summary>The settings form, as text where a person types, so that nothing typed is lost on an error.</summary>
public sealed class SettingsForm
{
    public bool VotingOpen { get; set; }

    public string? VotingStartsAt { get; set; }

    public string? VotingEndsAt { get; set; }

    public string? ActiveVoteCap { get; set; }

    public string? SupportThreshold { get; set; }

    public string? ResponseDays { get; set; }

    public string? ModerationMode { get; set; }

    public string? ReportsToHide { get; set; }

    public List<string> Languages { get; set; } = [];

    public string? DigestTime { get; set; }
}
