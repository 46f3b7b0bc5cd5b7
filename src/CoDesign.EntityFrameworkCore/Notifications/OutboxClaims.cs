using CoDesign.Application.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.EntityFrameworkCore.Notifications;

/// <summary>
/// UPDATE … WHERE Id IN (due rows) RETURNING Id. On PostgreSQL the inner select locks the rows it
/// takes with SKIP LOCKED, so two workers claiming at the same moment get disjoint sets; SQLite has
/// one writer at a time, which gives the same result.
/// </summary>
public sealed class OutboxClaims(CoDesignDbContext db, ResolvedConnection connection) : IOutboxClaims
{
    public async Task<IReadOnlyList<Guid>> ClaimDueAsync(DateTime now, DateTime claimUntil, int batchSize, CancellationToken cancellationToken = default)
    {
        var pending = nameof(Domain.Notifications.OutboxMailStatus.Pending);
        var ids = connection.Provider == DatabaseProvider.PostgreSql
            ? db.Database.SqlQuery<Guid>($"""
                UPDATE "OutboxMails" SET "LockedUntil" = {claimUntil}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMails"
                    WHERE "Status" = {pending} AND "NextAttemptAt" <= {now} AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                    ORDER BY "NextAttemptAt" LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """)
            : db.Database.SqlQuery<Guid>($"""
                UPDATE "OutboxMails" SET "LockedUntil" = {claimUntil}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMails"
                    WHERE "Status" = {pending} AND "NextAttemptAt" <= {now} AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                    ORDER BY "NextAttemptAt" LIMIT {batchSize})
                RETURNING "Id" AS "Value"
                """);

        // RETURNING cannot be composed over; read the claimed ids as they come.
        var claimed = new List<Guid>();
        await foreach (var id in ids.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            claimed.Add(id);
        }

        return claimed;
    }
}
