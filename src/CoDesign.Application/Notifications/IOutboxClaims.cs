namespace CoDesign.Application.Notifications;

/// <summary>
/// Claims due outbox rows for one delivery worker in a single statement: rows another worker or node
/// holds are skipped (not waited for), so parallel workers never send the same mail and never queue
/// behind each other.
/// </summary>
public interface IOutboxClaims
{
    Task<IReadOnlyList<Guid>> ClaimDueAsync(DateTime now, DateTime claimUntil, int batchSize, CancellationToken cancellationToken = default);
}
