using CoDesign.Domain.Ideas;

namespace CoDesign.Application.Ideas;

/// <summary>
/// The writes whose counters must stay exact under any concurrency: each runs in one transaction
/// in which the row is inserted or deleted and the idea's counter changes only if it was.
/// </summary>
public interface IParticipationStore
{
    /// <summary>Adds the vote unless the person has one; enforces the active-vote cap; moves the threshold clock.</summary>
    Task<VoteOutcome> CastVoteAsync(VoteRequest request, CancellationToken cancellationToken = default);

    Task<VoteOutcome> WithdrawVoteAsync(VoteRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves votes and followers of <paramref name="sourceId"/> to <paramref name="targetId"/> (a person
    /// who supported both counts once) and recounts both, in one transaction together with the
    /// pending tracked changes of the unit of work (the duplicate's status, the audit entry).
    /// </summary>
    Task<int> MoveSupportAsync(Guid cityId, Guid sourceId, Guid targetId, CancellationToken cancellationToken = default);

    /// <summary>Inserts the comment and adds one to the idea's comment count.</summary>
    Task AddCommentAsync(Comment comment, CancellationToken cancellationToken = default);
}
