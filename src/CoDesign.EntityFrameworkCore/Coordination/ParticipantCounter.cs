using CoDesign.Application.Coordination;
using CoDesign.Application.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoDesign.EntityFrameworkCore.Coordination;

/// <summary>
/// On PostgreSQL, the coordination participants in one statement: the period's (theme, city,
/// person) triples made distinct once, then counted at all four levels with GROUPING SETS. The
/// same people as <see cref="CrossCityReader"/>'s participation rows: authors of published
/// ideas, voters, and the authors of comments that are not official; only published ideas of the
/// period count. At 1.2 million ideas and 12 million votes this is one pass of about 15 s instead
/// of four of 15–20 s each. SQLite has no grouping sets: the caller counts with LINQ.
/// </summary>
public sealed class ParticipantCounter(ResolvedConnection connection, CoDesignDbContext db) : IParticipantCounter
{
    /// <summary>Long enough for the pass at national scale on a small machine (the default is 30 s).</summary>
    private const int CommandTimeoutSeconds = 600;

    private const string Sql = """
        WITH ideas AS (
            SELECT i."Id", c."ThemeId" AS th, i."TenantId" AS ci
            FROM "Ideas" i JOIN "Categories" c ON c."Id" = i."CategoryId"
            WHERE i."Status" = ANY(@statuses) AND NOT i."ProvisionallyHidden"
              AND i."PublishedAt" >= @from AND i."PublishedAt" < @before
              AND (@theme IS NULL OR c."ThemeId" = @theme)),
        triples AS (
            SELECT DISTINCT d.th, d.ci, a.p
            FROM (SELECT "Id" AS idea, "AuthorId" AS p FROM "Ideas" WHERE "AuthorId" IS NOT NULL
                  UNION ALL SELECT "IdeaId", "VoterId" FROM "Votes"
                  UNION ALL SELECT "IdeaId", "AuthorId" FROM "Comments" WHERE NOT "IsOfficial") a
            JOIN ideas d ON d."Id" = a.idea)
        SELECT GROUPING(th, ci), th, ci, count(DISTINCT p)::int
        FROM triples
        GROUP BY GROUPING SETS ((th, ci), (th), (ci), ())
        """;

    public async Task<ParticipantCounts?> CountAsync(DateTime publishedFromUtc, DateTime publishedBeforeUtc, Guid? themeId, CancellationToken cancellationToken = default)
    {
        if (connection.Provider != DatabaseProvider.PostgreSql)
        {
            return null;
        }

        var cells = new Dictionary<(Guid, Guid), int>();
        var byTheme = new Dictionary<Guid, int>();
        var byCity = new Dictionary<Guid, int>();
        var total = 0;
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            await using var commandScope = command.ConfigureAwait(false);
            command.CommandText = Sql;
            command.CommandTimeout = CommandTimeoutSeconds;
            command.Parameters.Add(new NpgsqlParameter("statuses", CityAppService.PublicIdeaStatuses.Select(s => s.ToString()).ToArray()));
            command.Parameters.Add(new NpgsqlParameter("from", DateTime.SpecifyKind(publishedFromUtc, DateTimeKind.Utc)));
            command.Parameters.Add(new NpgsqlParameter("before", DateTime.SpecifyKind(publishedBeforeUtc, DateTimeKind.Utc)));
            command.Parameters.Add(new NpgsqlParameter<Guid?>("theme", themeId) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var readerScope = reader.ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var count = reader.GetInt32(3);
                switch (reader.GetInt32(0))
                {
                    case 0:
                        cells[(reader.GetGuid(1), reader.GetGuid(2))] = count;
                        break;
                    case 1:
                        byTheme[reader.GetGuid(1)] = count;
                        break;
                    case 2:
                        byCity[reader.GetGuid(2)] = count;
                        break;
                    default:
                        total = count;
                        break;
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return new ParticipantCounts(cells, byTheme, byCity, total);
    }
}
