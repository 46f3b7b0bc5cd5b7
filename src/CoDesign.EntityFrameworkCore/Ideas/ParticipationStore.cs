using CoDesign.Application.Ideas;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.EntityFrameworkCore.Ideas;

/// <summary>
/// Exact counters by construction: the unique (city, idea, voter) index decides whether a vote row
/// is inserted (INSERT … ON CONFLICT DO NOTHING, the same SQL on PostgreSQL and SQLite), and the
/// counter moves in the same transaction only by the number of rows inserted or deleted. One
/// person's votes in a city are serialised (a row lock on the person on PostgreSQL; SQLite's
/// IMMEDIATE transactions serialise all writers), so parallel votes can never exceed the cap.
/// </summary>
public sealed class ParticipationStore(CoDesignDbContext db, ResolvedConnection connection) : IParticipationStore
{
    private static readonly string[] OpenStatuses = [nameof(IdeaStatus.Published), nameof(IdeaStatus.UnderReview)];

    public async Task<VoteOutcome> CastVoteAsync(VoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await InTransactionAsync(async () =>
        {
            // Voter, then idea: every transaction takes the locks in this order, so none can deadlock.
            // The voter's lock only guards the cap, so without a cap it is not taken. The idea is
            // locked as its status and counter are read, so a merge or hiding that commits
            // meanwhile is seen, and of two votes arriving together only one can cross the threshold.
            if (request.ActiveVoteCap is not null)
            {
                await LockVoterAsync(request.VoterId, cancellationToken).ConfigureAwait(false);
            }

            var idea = await LockAndReadIdeaAsync(request, cancellationToken).ConfigureAwait(false);
            if (request.ActiveVoteCap is { } cap
                && !await db.Votes.AnyAsync(v => v.IdeaId == request.IdeaId && v.VoterId == request.VoterId, cancellationToken).ConfigureAwait(false))
            {
                var active = await (from v in db.Votes
                                    join i in db.Ideas on v.IdeaId equals i.Id
                                    where v.VoterId == request.VoterId && (i.Status == IdeaStatus.Published || i.Status == IdeaStatus.UnderReview)
                                    select v.Id).CountAsync(cancellationToken).ConfigureAwait(false);
                if (active >= cap)
                {
                    throw new BusinessException(ErrorCodes.VotingCapReached, "The active-vote cap is reached.").WithDetail("cap", cap);
                }
            }

            var inserted = await InsertVoteAndCountAsync(request, cancellationToken).ConfigureAwait(false);
            if (inserted != 1)
            {
                return new VoteOutcome(false, true, idea.VoteCount, false);
            }

            // The row is locked: what was read is what the update saw.
            var crossed = idea.ThresholdReachedAt is null && idea.VoteCount + 1 >= request.SupportThreshold;
            if (crossed && request.OnThresholdReached is { } onThreshold)
            {
                await onThreshold(cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            return new VoteOutcome(true, true, idea.VoteCount + 1, crossed);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<VoteOutcome> WithdrawVoteAsync(VoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await InTransactionAsync(async () =>
        {
            if (request.ActiveVoteCap is not null)
            {
                await LockVoterAsync(request.VoterId, cancellationToken).ConfigureAwait(false);
            }

            var idea = await LockAndReadIdeaAsync(request, cancellationToken).ConfigureAwait(false);
            var deleted = await DeleteVoteAndCountAsync(request, cancellationToken).ConfigureAwait(false);
            return new VoteOutcome(deleted > 0, false, idea.VoteCount - deleted, false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> MoveSupportAsync(Guid cityId, Guid sourceId, Guid targetId, CancellationToken cancellationToken = default) =>
        await InTransactionAsync(async () =>
        {
            // Both rows locked in a fixed order, so votes arriving on either idea wait for the merge;
            // the tracked changes (the duplicate's new status, the audit entry) commit with the move.
            foreach (var id in new[] { sourceId, targetId }.OrderBy(g => g))
            {
                await LockIdeaAsync(id, cancellationToken).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE "Votes" SET "IdeaId" = {targetId}
                WHERE "TenantId" = {cityId} AND "IdeaId" = {sourceId}
                  AND "VoterId" NOT IN (SELECT "VoterId" FROM "Votes" WHERE "TenantId" = {cityId} AND "IdeaId" = {targetId})
                """,
                cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "Votes" WHERE "TenantId" = {cityId} AND "IdeaId" = {sourceId}""", cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE "IdeaFollowers" SET "IdeaId" = {targetId}
                WHERE "TenantId" = {cityId} AND "IdeaId" = {sourceId}
                  AND "UserId" NOT IN (SELECT "UserId" FROM "IdeaFollowers" WHERE "TenantId" = {cityId} AND "IdeaId" = {targetId})
                """,
                cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "IdeaFollowers" WHERE "TenantId" = {cityId} AND "IdeaId" = {sourceId}""", cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "Ideas" SET "VoteCount" = (SELECT COUNT(*) FROM "Votes" WHERE "TenantId" = {cityId} AND "IdeaId" = {targetId}) WHERE "Id" = {targetId} AND "TenantId" = {cityId}""",
                cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync($"""UPDATE "Ideas" SET "VoteCount" = 0 WHERE "Id" = {sourceId} AND "TenantId" = {cityId}""", cancellationToken).ConfigureAwait(false);
            return await db.Ideas.AsNoTracking().Where(i => i.Id == targetId).Select(i => i.VoteCount).FirstAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

    public async Task AddCommentAsync(Comment comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comment);
        await InTransactionAsync(async () =>
        {
            db.Comments.Add(comment);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "Ideas" SET "CommentCount" = "CommentCount" + 1, "LastActivityAt" = {comment.CreatedAt} WHERE "Id" = {comment.IdeaId} AND "TenantId" = {comment.TenantId}""",
                cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await work().ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    private async Task LockVoterAsync(Guid voterId, CancellationToken cancellationToken)
    {
        if (connection.Provider == DatabaseProvider.PostgreSql)
        {
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "AspNetUsers" WHERE "Id" = {voterId} FOR UPDATE""", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>NO KEY UPDATE: it does not clash with the key-share locks that inserting a vote (its foreign key) takes.</summary>
    private async Task LockIdeaAsync(Guid ideaId, CancellationToken cancellationToken)
    {
        if (connection.Provider == DatabaseProvider.PostgreSql)
        {
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Ideas" WHERE "Id" = {ideaId} FOR NO KEY UPDATE""", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Inserts the vote (ON CONFLICT DO NOTHING) and moves the counter only if a row was inserted,
    /// with the threshold stamps; 1 if the vote is new. On PostgreSQL one statement (a
    /// data-modifying CTE, one round trip); SQLite has no such CTE and runs the two statements.
    /// </summary>
    private async Task<int> InsertVoteAndCountAsync(VoteRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(request.Now);
        var due = request.Now.AddDays(request.ResponseDays);
        if (connection.Provider == DatabaseProvider.PostgreSql)
        {
            return await db.Database.ExecuteSqlAsync(
                $"""
                WITH inserted AS (
                    INSERT INTO "Votes" ("Id", "TenantId", "IdeaId", "VoterId", "CreatedAt") VALUES ({id}, {request.CityId}, {request.IdeaId}, {request.VoterId}, {request.Now})
                    ON CONFLICT DO NOTHING RETURNING 1)
                UPDATE "Ideas" SET "VoteCount" = "VoteCount" + 1, "LastActivityAt" = {request.Now},
                    "ThresholdReachedAt" = CASE WHEN "ThresholdReachedAt" IS NULL AND "VoteCount" + 1 >= {request.SupportThreshold} THEN {request.Now} ELSE "ThresholdReachedAt" END,
                    "ResponseDueAt" = CASE WHEN "ThresholdReachedAt" IS NULL AND "VoteCount" + 1 >= {request.SupportThreshold} THEN {due} ELSE "ResponseDueAt" END
                WHERE "Id" = {request.IdeaId} AND "TenantId" = {request.CityId} AND EXISTS (SELECT 1 FROM inserted)
                """,
                cancellationToken).ConfigureAwait(false);
        }

        var inserted = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Votes" ("Id", "TenantId", "IdeaId", "VoterId", "CreatedAt") VALUES ({id}, {request.CityId}, {request.IdeaId}, {request.VoterId}, {request.Now}) ON CONFLICT DO NOTHING""",
            cancellationToken).ConfigureAwait(false);
        if (inserted == 1)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE "Ideas" SET "VoteCount" = "VoteCount" + 1, "LastActivityAt" = {request.Now},
                    "ThresholdReachedAt" = CASE WHEN "ThresholdReachedAt" IS NULL AND "VoteCount" + 1 >= {request.SupportThreshold} THEN {request.Now} ELSE "ThresholdReachedAt" END,
                    "ResponseDueAt" = CASE WHEN "ThresholdReachedAt" IS NULL AND "VoteCount" + 1 >= {request.SupportThreshold} THEN {due} ELSE "ResponseDueAt" END
                WHERE "Id" = {request.IdeaId} AND "TenantId" = {request.CityId}
                """,
                cancellationToken).ConfigureAwait(false);
        }

        return inserted;
    }

    /// <summary>Deletes the person's vote and moves the counter by the rows deleted; one statement on PostgreSQL.</summary>
    private async Task<int> DeleteVoteAndCountAsync(VoteRequest request, CancellationToken cancellationToken)
    {
        if (connection.Provider == DatabaseProvider.PostgreSql)
        {
            return await db.Database.ExecuteSqlAsync(
                $"""
                WITH deleted AS (
                    DELETE FROM "Votes" WHERE "TenantId" = {request.CityId} AND "IdeaId" = {request.IdeaId} AND "VoterId" = {request.VoterId} RETURNING 1)
                UPDATE "Ideas" SET "VoteCount" = "VoteCount" - (SELECT count(*) FROM deleted)
                WHERE "Id" = {request.IdeaId} AND "TenantId" = {request.CityId} AND EXISTS (SELECT 1 FROM deleted)
                """,
                cancellationToken).ConfigureAwait(false);
        }

        var deleted = await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "Votes" WHERE "TenantId" = {request.CityId} AND "IdeaId" = {request.IdeaId} AND "VoterId" = {request.VoterId}""",
            cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "Ideas" SET "VoteCount" = "VoteCount" - {deleted} WHERE "Id" = {request.IdeaId} AND "TenantId" = {request.CityId}""",
                cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    /// <summary>
    /// Locks the idea (PostgreSQL: FOR NO KEY UPDATE, which does not clash with the key-share
    /// locks that inserting a vote takes; SQLite's IMMEDIATE transaction already serialises
    /// writers) and reads, under that lock, whether it is open and its counter, in one statement.
    /// The tenant is part of the condition: an idea of another city is "not found" here.
    /// </summary>
    private async Task<LockedIdea> LockAndReadIdeaAsync(VoteRequest request, CancellationToken cancellationToken)
    {
        var rows = connection.Provider == DatabaseProvider.PostgreSql
            ? db.Database.SqlQuery<LockedIdea>(
                $"""SELECT "Status", "VoteCount", "ThresholdReachedAt" FROM "Ideas" WHERE "Id" = {request.IdeaId} AND "TenantId" = {request.CityId} FOR NO KEY UPDATE""")
            : db.Database.SqlQuery<LockedIdea>(
                $"""SELECT "Status", "VoteCount", "ThresholdReachedAt" FROM "Ideas" WHERE "Id" = {request.IdeaId} AND "TenantId" = {request.CityId}""");
        var idea = (await rows.ToListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault()
            ?? throw new EntityNotFoundException("Idea");
        if (!OpenStatuses.Contains(idea.Status))
        {
            throw new BusinessException(ErrorCodes.IdeaNotOpen, "The idea is not open for voting.");
        }

        return idea;
    }

    /// <summary>What a vote needs to know of the idea it changes, read under the idea's lock.</summary>
    private sealed record LockedIdea(string Status, int VoteCount, DateTime? ThresholdReachedAt);
}
