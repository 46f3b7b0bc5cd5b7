namespace CoDesign.Web.Tests.Faults;

/// <summary>
/// Where the participants write: votes, follows and comments go to <see cref="Targets"/> (open ideas of
/// <see cref="VotingCity"/>, most-supported first); new ideas go to that city (published at once) and to
/// <see cref="PreModeratedCity"/> (queued, with a notice to its moderators in the same transaction).
/// </summary>
internal sealed record WriteScene(string VotingCity, string PreModeratedCity, IReadOnlyList<Guid> Targets, IReadOnlyDictionary<string, Guid> Categories)
{
    /// <summary>Marks every comment and idea the test writes, and nothing the seed wrote.</summary>
    public const string Marker = "[kill]";

    /// <summary>How many of the first targets get half of all the writes.</summary>
    public const int HotIdeas = 3;
}
