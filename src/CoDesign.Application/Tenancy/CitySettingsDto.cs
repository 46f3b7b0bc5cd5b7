namespace CoDesign.Application.Tenancy;

/// <summary>A city's settings as its admins edit them.</summary>
public sealed record CitySettingsDto(
    bool VotingOpen,
    DateTime? VotingStartsAt,
    DateTime? VotingEndsAt,
    int? ActiveVoteCap,
    int SupportThreshold,
    int ResponseDays,
    string ModerationMode,
    int ReportsToHide,
    IReadOnlyList<string> Languages,
    int DigestHour,
    int DigestMinute);
