namespace CoDesign.Application.Coordination;

/// <summary>
/// The figures of one theme in one city (or all themes / all cities when the key is null) over a
/// period. Shares are fractions 0–1 of <see cref="Ideas"/>, null when there are no ideas; the median
/// is in days from publication to the city's first official response, over the answered ideas.
/// Participants are distinct people who wrote, voted for or commented on the ideas.
/// </summary>
public sealed record CoordinationFiguresDto(
    string? ThemeKey,
    string? CitySlug,
    int Ideas,
    int Votes,
    int Participants,
    int Answered,
    double? ShareAnswered,
    double? MedianDaysToFirstResponse,
    int Implemented,
    double? ShareImplemented,
    int Online,
    int Assisted,
    double? ShareOnline,
    double? ShareAssisted,
    int Workshops,
    int WorkshopAttendance);
