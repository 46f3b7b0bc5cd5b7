using CoDesign.Domain.Ideas;

namespace CoDesign.Application.Coordination;

/// <summary>What a checked coordinator may aggregate across cities.</summary>
public sealed record CoordinatorData(IQueryable<Idea> Ideas, IQueryable<Category> Categories, IQueryable<ParticipationRow> Participations, IQueryable<WorkshopAttendanceRow> Workshops);

/// <summary>
/// A held workshop of a published process, with the attendance staff recorded: the in-person channel
/// of co-design. The theme is the one of the process's service area (none when it has none).
/// </summary>
public sealed class WorkshopAttendanceRow
{
    public Guid CityId { get; init; }

    public Guid? ThemeId { get; init; }

    public DateTime StartsAt { get; init; }

    public int Attended { get; init; }
}
