using System.Data;
using CoDesign.Domain.Search;
using Npgsql;

namespace CoDesign.Web.Tests.Faults;

/// <summary>
/// What must hold in the database after any kill, read with SQL in one snapshot: every counter equals
/// its rows; no row points at a missing one; every idea, comment and threshold crossing is whole, with
/// the notices its transaction writes; and every write a participant was told had succeeded is there
/// (and nothing is there that nobody sent, or that the server refused).
/// </summary>
internal sealed class ConsistencyCheck(string connectionString, IReadOnlyList<Participant> participants, WriteScene scene, DateTime since)
{
    /// <summary>Each rule is a query that returns one line per row breaking it.</summary>
    private static readonly (string Rule, string Sql)[] RowRules =
    [
        ("vote counter differs from the vote rows", """
            SELECT i."Id"::text || ': counter ' || i."VoteCount" || ', rows ' || count(v."Id")
            FROM "Ideas" i LEFT JOIN "Votes" v ON v."IdeaId" = i."Id"
            GROUP BY i."Id" HAVING i."VoteCount" <> count(v."Id")
            """),
        ("comment counter differs from the comment rows", """
            SELECT i."Id"::text || ': counter ' || i."CommentCount" || ', rows ' || count(c."Id")
            FROM "Ideas" i LEFT JOIN "Comments" c ON c."IdeaId" = i."Id"
            GROUP BY i."Id" HAVING i."CommentCount" <> count(c."Id")
            """),
        ("vote of a missing idea or person, or in another city than its idea", """
            SELECT v."Id"::text FROM "Votes" v
            LEFT JOIN "Ideas" i ON i."Id" = v."IdeaId" LEFT JOIN "AspNetUsers" u ON u."Id" = v."VoterId"
            WHERE i."Id" IS NULL OR u."Id" IS NULL OR i."TenantId" <> v."TenantId"
            """),
        ("comment of a missing idea or parent, or in another city than its idea", """
            SELECT c."Id"::text FROM "Comments" c
            LEFT JOIN "Ideas" i ON i."Id" = c."IdeaId" LEFT JOIN "Comments" p ON p."Id" = c."ParentId"
            WHERE i."Id" IS NULL OR i."TenantId" <> c."TenantId" OR (c."ParentId" IS NOT NULL AND (p."Id" IS NULL OR p."IdeaId" <> c."IdeaId"))
            """),
        ("follow of a missing idea", """
            SELECT f."Id"::text FROM "IdeaFollowers" f LEFT JOIN "Ideas" i ON i."Id" = f."IdeaId"
            WHERE i."Id" IS NULL OR i."TenantId" <> f."TenantId"
            """),
        ("notification without the change that caused it", """
            SELECT n."Id"::text || ' ' || n."Kind" FROM "Notifications" n LEFT JOIN "Ideas" i ON i."Id" = n."IdeaId"
            WHERE i."Id" IS NULL
               OR (n."Kind" = 'idea.comment' AND NOT EXISTS (SELECT 1 FROM "Comments" c WHERE c."Id" = n."SourceId" AND c."IdeaId" = n."IdeaId"))
               OR (n."Kind" = 'idea.threshold' AND (n."SourceId" <> n."IdeaId" OR i."ThresholdReachedAt" IS NULL))
               OR (n."Kind" = 'moderation.awaiting' AND NOT EXISTS (SELECT 1 FROM "Ideas" s WHERE s."Id" = n."SourceId")
                   AND NOT EXISTS (SELECT 1 FROM "Comments" s WHERE s."Id" = n."SourceId"))
            """),
        ("notification mail without its notification", """
            SELECT m."DedupKey" FROM "OutboxMails" m
            WHERE m."DedupKey" LIKE 'notify:%'
              AND NOT EXISTS (SELECT 1 FROM "Notifications" n WHERE 'notify:' || replace(n."Id"::text, '-', '') = m."DedupKey")
            """),
        ("idea half-stamped: published without a date, no search keys, or a threshold date without a due date", """
            SELECT "Id"::text FROM "Ideas"
            WHERE ("Status" = 'Published' AND "PublishedAt" IS NULL) OR btrim("SearchKeys") = ''
               OR ("ThresholdReachedAt" IS NULL) <> ("ResponseDueAt" IS NULL)
            """),
        ("threshold crossed without the notices to the city's officials", """
            SELECT i."Id"::text || ' official ' || r."UserId"::text FROM "Ideas" i
            JOIN "CityRoleAssignments" r ON r."TenantId" = i."TenantId" AND r."Role" = 'Official'
            WHERE i."ThresholdReachedAt" >= @since AND NOT EXISTS (
                SELECT 1 FROM "Notifications" n WHERE n."Kind" = 'idea.threshold' AND n."SourceId" = i."Id" AND n."UserId" = r."UserId")
            """),
        ("idea queued for moderation without the notices to the city's moderators", """
            SELECT i."Id"::text || ' moderator ' || r."UserId"::text FROM "Ideas" i
            JOIN "CityRoleAssignments" r ON r."TenantId" = i."TenantId" AND r."Role" = 'Moderator'
            WHERE i."Status" = 'AwaitingModeration' AND starts_with(i."Title", @marker) AND NOT EXISTS (
                SELECT 1 FROM "Notifications" n WHERE n."Kind" = 'moderation.awaiting' AND n."SourceId" = i."Id" AND n."UserId" = r."UserId")
            """),
        ("comment without the notice to the idea's author", """
            SELECT c."Id"::text FROM "Comments" c JOIN "Ideas" i ON i."Id" = c."IdeaId"
            WHERE starts_with(c."Body", @marker) AND i."AuthorId" IS NOT NULL AND i."AuthorId" <> c."AuthorId" AND NOT EXISTS (
                SELECT 1 FROM "Notifications" n WHERE n."Kind" = 'idea.comment' AND n."SourceId" = c."Id" AND n."UserId" = i."AuthorId")
            """),
    ];

    private Dictionary<string, object> Parameters => new()
    {
        ["since"] = since,
        ["marker"] = WriteScene.Marker,
        ["people"] = participants.Select(p => p.UserId).ToArray(),
        ["targets"] = scene.Targets.ToArray(),
    };

    /// <summary>
    /// Every broken rule, one line each; empty when the database is consistent. <paramref name="tamper"/>
    /// runs first in the same transaction, which is always rolled back: it shows the check can fail.
    /// </summary>
    public async Task<IReadOnlyList<string>> ViolationsAsync(Func<NpgsqlConnection, Task>? tamper = null, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        if (tamper is not null)
        {
            await tamper(connection);
        }

        var violations = new List<string>();
        foreach (var (rule, sql) in RowRules)
        {
            foreach (var row in await ReadAsync(connection, sql, r => r.GetString(0), cancellationToken))
            {
                violations.Add($"{rule}: {row}");
            }
        }

        violations.AddRange(await LostStatesAsync(connection, "Votes", "VoterId", p => p.Voted, WriteKind.Vote, WriteKind.Withdraw, cancellationToken));
        violations.AddRange(await LostStatesAsync(connection, "IdeaFollowers", "UserId", p => p.Following, WriteKind.Follow, WriteKind.Unfollow, cancellationToken));
        violations.AddRange(await CreatedRowsAsync(connection, cancellationToken));
        await transaction.RollbackAsync(cancellationToken);
        return violations;
    }

    /// <summary>The vote and comment rows of each idea, counted.</summary>
    public async Task<IReadOnlyDictionary<Guid, (int Votes, int Comments)>> RowCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var rows = await ReadAsync(
            connection,
            """
            SELECT i."Id", (SELECT count(*) FROM "Votes" v WHERE v."IdeaId" = i."Id")::int, (SELECT count(*) FROM "Comments" c WHERE c."IdeaId" = i."Id")::int
            FROM "Ideas" i WHERE i."Id" = ANY(@targets)
            """,
            r => (Id: r.GetGuid(0), Votes: r.GetInt32(1), Comments: r.GetInt32(2)),
            cancellationToken);
        return rows.ToDictionary(r => r.Id, r => (r.Votes, r.Comments));
    }

    /// <summary>Votes or follows on the target ideas that differ from what the server last acknowledged to their person.</summary>
    private async Task<IEnumerable<string>> LostStatesAsync(
        NpgsqlConnection connection, string table, string personColumn, Func<Participant, ISet<Guid>> acknowledged, WriteKind set, WriteKind unset, CancellationToken cancellationToken)
    {
        var rows = (await ReadAsync(
            connection,
            $"""SELECT "{personColumn}", "IdeaId" FROM "{table}" WHERE "{personColumn}" = ANY(@people) AND "IdeaId" = ANY(@targets)""",
            r => (Person: r.GetGuid(0), Idea: r.GetGuid(1)),
            cancellationToken)).ToHashSet();
        return from p in participants
               from idea in scene.Targets
               where !(p.Unanswered is { } u && (u.Kind == set || u.Kind == unset) && u.IdeaId == idea)
               let expected = acknowledged(p).Contains(idea)
               let stored = rows.Contains((p.UserId, idea))
               where expected != stored
               select $"acknowledged {set} state lost: {p.Email} on {idea}: the server last said {(expected ? set : unset)}, the database says {(stored ? set : unset)}";
    }

    /// <summary>The comments and ideas the test wrote, matched to the requests by their unique text.</summary>
    private async Task<IEnumerable<string>> CreatedRowsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var sent = (from p in participants from w in p.Writes where w.Text is not null select (Person: p, Write: w)).ToDictionary(x => x.Write.Text!);
        var comments = await ReadAsync(
            connection,
            """SELECT "Id", "Body", "IdeaId", "AuthorId", "ParentId" FROM "Comments" WHERE starts_with("Body", @marker)""",
            r => new StoredRow(r.GetGuid(0), r.GetString(1), r.GetGuid(2), r.GetGuid(3), r.IsDBNull(4) ? null : r.GetGuid(4), null, null),
            cancellationToken);
        var ideas = await ReadAsync(
            connection,
            """
            SELECT i."Id", i."Title", i."TenantId", i."AuthorId", NULL::uuid, c."Slug", i."Status", i."Body", i."SearchKeys"
            FROM "Ideas" i JOIN "Cities" c ON c."Id" = i."TenantId" WHERE starts_with(i."Title", @marker)
            """,
            r => new StoredRow(r.GetGuid(0), r.GetString(1), r.GetGuid(2), r.GetGuid(3), null, r.GetString(5), r.GetString(6))
            {
                Whole = r.GetString(8) == TextKeys.ForIndex(r.GetString(1), r.GetString(7)),
            },
            cancellationToken);

        var violations = new List<string>();
        foreach (var row in comments.Concat(ideas))
        {
            if (!sent.TryGetValue(row.Text, out var origin))
            {
                violations.Add($"row nobody sent: {row.Id} '{row.Text}'");
                continue;
            }

            var (person, write) = origin;
            var expectedStatus = write.City == scene.PreModeratedCity ? "AwaitingModeration" : "Published";
            var wrong = write.Outcome == WriteOutcome.Refused ? "the server refused it"
                : write.Outcome == WriteOutcome.Acknowledged && write.CreatedId != row.Id ? $"the server acknowledged it as {write.CreatedId}"
                : row.AuthorId != person.UserId ? "another author"
                : row.City is null && (row.Parent != write.ParentId || row.Owner != write.IdeaId) ? "another idea or parent"
                : row.City is not null && (row.City != write.City || row.Status != expectedStatus || !row.Whole) ? $"{row.City}/{row.Status}, search keys {(row.Whole ? "whole" : "not of its text")}"
                : null;
            if (wrong is not null)
            {
                violations.Add($"row not as sent: {row.Id} '{row.Text}': {wrong}");
            }
        }

        violations.AddRange(comments.Concat(ideas).GroupBy(r => r.Text).Where(g => g.Count() > 1).Select(g => $"written {g.Count()} times: '{g.Key}'"));
        var stored = comments.Concat(ideas).Select(r => r.Id).ToHashSet();
        violations.AddRange(sent.Values
            .Where(x => x.Write.Outcome == WriteOutcome.Acknowledged && !stored.Contains(x.Write.CreatedId!.Value))
            .Select(x => $"acknowledged {x.Write.Kind} lost: {x.Write.CreatedId} '{x.Write.Text}' by {x.Person.Email}"));
        return violations;
    }

    private Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        Sql.ReadAsync(connection, sql, Parameters, read, cancellationToken);

    /// <summary>A comment (no city) or an idea (its city, status and whether its search keys are those of its text).</summary>
    private sealed record StoredRow(Guid Id, string Text, Guid Owner, Guid AuthorId, Guid? Parent, string? City, string? Status)
    {
        public bool Whole { get; init; } = true;
    }
}
