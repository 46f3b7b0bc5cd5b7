namespace CoDesign.Application.Coordination;

/// <summary>One act of taking part in an idea (wrote it, voted, commented); only ever counted, never shown.</summary>
public sealed class ParticipationRow
{
    public Guid IdeaId { get; init; }

    public Guid PersonId { get; init; }
}
