using CoDesign.Domain.Ideas;

namespace CoDesign.Application.Coordination;

/// <summary>What a checked coordinator may aggregate across cities.</summary>
public sealed record CoordinatorData(IQueryable<Idea> Ideas, IQueryable<Category> Categories, IQueryable<ParticipationRow> Participations);
