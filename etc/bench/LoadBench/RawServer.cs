using System.Globalization;
using System.Text;
using System.Text.Json;
using CoDesign.Domain.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace CoDesign.Bench;

/// <summary>
/// The baseline: a minimal ASP.NET Core app that answers the same questions as the real one with
/// hand-written SQL over one NpgsqlDataSource and writes the rows as JSON with Utf8JsonWriter. No
/// EF, no tenancy, no authentication, no pages: what the hardware gives when nothing else is in the way.
/// </summary>
internal static class RawServer
{
    private const string PublicStatuses = "('Published','UnderReview','Accepted','InProgress','Implemented','NotPursued')";

    public static async Task RunAsync(string connectionString, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var cities = new Dictionary<string, Guid>();
        await using (var command = dataSource.CreateCommand("""SELECT "Slug", "Id" FROM "Cities" """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                cities[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        app.MapGet("/raw/{city}/ideas", (string city, string? sort, string? cursor, string? search, int? pageSize, int? seed, HttpContext http) =>
            ListAsync(dataSource, cities[city], sort ?? "trending", cursor, search, pageSize ?? 20, seed ?? 1, http));
        app.MapGet("/raw/{city}/ideas/{id:guid}", (string city, Guid id, HttpContext http) => IdeaAsync(dataSource, cities[city], id, http));
        app.MapGet("/raw/{city}", (string city, HttpContext http) => HomeAsync(dataSource, cities[city], http));
        app.MapGet("/raw/dashboard", (HttpContext http) => DashboardAsync(dataSource, http));
        app.MapGet("/raw/export.csv", (HttpContext http) => ExportAsync(dataSource, http));
        await app.RunAsync();
    }

    private static async Task ListAsync(NpgsqlDataSource dataSource, Guid city, string sort, string? cursor, string? search, int pageSize, int seed, HttpContext http)
    {
        var key = sort.ToUpperInvariant() switch
        {
            "TOP" => "i.\"VoteCount\"",
            "MOSTDISCUSSED" => "i.\"CommentCount\"",
            "NEWEST" => "i.\"PublishedAt\"",
            "RANDOM" => "i.\"RandomKey\"",
            _ => "i.\"LastActivityAt\"",
        };
        var ticks = key.Contains("At\"", StringComparison.Ordinal);
        var sql = new StringBuilder($"""
            SELECT i."Id", i."Title", left(i."Body", 220), i."Language", i."CategoryId", c."NameFi", t."Key", i."Status", i."VoteCount", i."CommentCount",
                   i."District", u."DisplayName", o."Name", COALESCE(i."PublishedAt", i."CreatedAt"), {key}
            FROM "Ideas" i JOIN "Categories" c ON c."Id" = i."CategoryId" JOIN "Themes" t ON t."Id" = c."ThemeId"
                 LEFT JOIN "AspNetUsers" u ON u."Id" = i."AuthorId" LEFT JOIN "Organisations" o ON o."Id" = i."OrganisationId"
            WHERE i."TenantId" = @city AND i."Status" IN {PublicStatuses} AND NOT i."ProvisionallyHidden"
            """);
        await using var command = dataSource.CreateCommand();
        command.Parameters.AddWithValue("city", city);
        command.Parameters.AddWithValue("seed", (long)seed);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var keys = TextKeys.Keys(search).Take(10).ToList();
            if (keys.Count > 0)
            {
                sql.Append(""" AND i."Id" IN (SELECT m."Id" FROM "Ideas" m WHERE m."TenantId" = @city AND ((""");
                sql.Append(string.Join(" AND ", keys.Select((k, n) => $"m.\"SearchKeys\" LIKE @k{n}")));
                sql.Append(""") OR to_tsvector('finnish', m."Title" || ' ' || m."Body") @@ plainto_tsquery('finnish', @q) OR to_tsvector('swedish', m."Title" || ' ' || m."Body") @@ plainto_tsquery('swedish', @q)))""");
                for (var n = 0; n < keys.Count; n++)
                {
                    command.Parameters.AddWithValue($"k{n}", "% " + keys[n] + " %");
                }

                command.Parameters.AddWithValue("q", search);
            }
        }

        if (cursor is not null)
        {
            var raw = Encoding.UTF8.GetString(Convert.FromBase64String(cursor.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (cursor.Length % 4)) % 4))).Split('|');
            var value = long.Parse(raw[0], CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue("last", ticks ? new DateTime(value, DateTimeKind.Utc) : value);
            command.Parameters.AddWithValue("lastId", Guid.Parse(raw[1]));
            sql.Append(CultureInfo.InvariantCulture, $" AND ({key} < @last OR ({key} = @last AND i.\"Id\" < @lastId))");
        }

        if (sort.Equals("random", StringComparison.OrdinalIgnoreCase))
        {
            // The app's random order: up from a point chosen by the seed, wrapping around (first page only).
            var start = seed * 2_654_435_761L % 2_147_483_648L;
            var where = sql.ToString();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
                ({where} AND i."RandomKey" >= {start} ORDER BY i."RandomKey", i."Id" LIMIT {pageSize + 1})
                UNION ALL ({where} AND i."RandomKey" < {start} ORDER BY i."RandomKey", i."Id" LIMIT {pageSize + 1}) LIMIT {pageSize + 1}
                """);
        }
        else
        {
            sql.Append(CultureInfo.InvariantCulture, $" ORDER BY {key} DESC, i.\"Id\" DESC LIMIT {pageSize + 1}");
            command.CommandText = sql.ToString();
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartArray("items");
        string? next = null;
        for (var n = 0; await reader.ReadAsync(http.RequestAborted); n++)
        {
            if (n == pageSize)
            {
                break;
            }

            json.WriteStartObject();
            json.WriteString("id", reader.GetGuid(0));
            json.WriteString("title", reader.GetString(1));
            json.WriteString("excerpt", reader.GetString(2));
            json.WriteString("language", reader.GetString(3));
            json.WriteString("categoryId", reader.GetGuid(4));
            json.WriteString("categoryName", reader.GetString(5));
            json.WriteString("themeKey", reader.GetString(6));
            json.WriteString("status", reader.GetString(7));
            json.WriteNumber("voteCount", reader.GetInt32(8));
            json.WriteNumber("commentCount", reader.GetInt32(9));
            json.WriteString("district", reader.IsDBNull(10) ? null : reader.GetString(10));
            json.WriteString("authorName", reader.IsDBNull(11) ? string.Empty : reader.GetString(11));
            json.WriteString("organisationName", reader.IsDBNull(12) ? null : reader.GetString(12));
            json.WriteString("publishedAt", reader.GetDateTime(13));
            json.WriteEndObject();
            var value = ticks ? reader.GetDateTime(14).Ticks : Convert.ToInt64(reader.GetValue(14), CultureInfo.InvariantCulture);
            next = Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{value}|{reader.GetGuid(0)}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        json.WriteEndArray();
        json.WriteString("nextCursor", await reader.ReadAsync(http.RequestAborted) || next is null ? next : null);
        json.WriteEndObject();
    }

    private static async Task IdeaAsync(NpgsqlDataSource dataSource, Guid city, Guid id, HttpContext http)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT i."Title", i."Body", i."Status", i."VoteCount", i."CommentCount", c."NameFi", u."DisplayName"
            FROM "Ideas" i JOIN "Categories" c ON c."Id" = i."CategoryId" LEFT JOIN "AspNetUsers" u ON u."Id" = i."AuthorId"
            WHERE i."Id" = $1 AND i."TenantId" = $2
            """) { Parameters = { new() { Value = id }, new() { Value = city } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            SELECT count(*) FROM "Comments" WHERE "IdeaId" = $1 AND "ParentId" IS NULL
            """) { Parameters = { new() { Value = id } } });
        // The app's first page of the discussion: the latest 30 threads with all their replies.
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            WITH t AS (SELECT "Id" FROM "Comments" WHERE "IdeaId" = $1 AND "ParentId" IS NULL ORDER BY "CreatedAt" DESC, "Id" DESC LIMIT 30)
            SELECT m."Id", m."ParentId", u."DisplayName", m."Body", m."CreatedAt" FROM "Comments" m JOIN "AspNetUsers" u ON u."Id" = m."AuthorId"
            WHERE m."IdeaId" = $1 AND (m."Id" IN (SELECT "Id" FROM t) OR m."ParentId" IN (SELECT "Id" FROM t))
            ORDER BY m."CreatedAt", m."Id"
            """) { Parameters = { new() { Value = id } } });
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var reader = await batch.ExecuteReaderAsync(http.RequestAborted);
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        if (await reader.ReadAsync())
        {
            json.WriteString("title", reader.GetString(0));
            json.WriteString("body", reader.GetString(1));
            json.WriteString("status", reader.GetString(2));
            json.WriteNumber("voteCount", reader.GetInt32(3));
            json.WriteNumber("commentCount", reader.GetInt32(4));
            json.WriteString("categoryName", reader.GetString(5));
            json.WriteString("authorName", reader.IsDBNull(6) ? string.Empty : reader.GetString(6));
        }

        await reader.NextResultAsync();
        if (await reader.ReadAsync())
        {
            json.WriteNumber("commentThreadCount", reader.GetInt64(0));
        }

        await reader.NextResultAsync();
        json.WriteStartArray("comments");
        while (await reader.ReadAsync())
        {
            json.WriteStartObject();
            json.WriteString("id", reader.GetGuid(0));
            if (!reader.IsDBNull(1))
            {
                json.WriteString("parentId", reader.GetGuid(1));
            }

            json.WriteString("authorName", reader.GetString(2));
            json.WriteString("body", reader.GetString(3));
            json.WriteString("createdAt", reader.GetDateTime(4));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static async Task HomeAsync(NpgsqlDataSource dataSource, Guid city, HttpContext http)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var order in new[] { "\"VoteCount\"", "\"PublishedAt\"" })
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
                SELECT "Id", "Title", "VoteCount", "CommentCount" FROM "Ideas"
                WHERE "TenantId" = $1 AND "Status" IN {PublicStatuses} AND NOT "ProvisionallyHidden" ORDER BY {order} DESC, "Id" DESC LIMIT 5
                """) { Parameters = { new() { Value = city } } });
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
            SELECT c."Id", c."NameFi", COALESCE(n.count, 0) FROM "Categories" c
            LEFT JOIN (SELECT "CategoryId", count(*) AS count FROM "Ideas" WHERE "TenantId" = $1 AND "Status" IN {PublicStatuses} AND NOT "ProvisionallyHidden" GROUP BY "CategoryId") n ON n."CategoryId" = c."Id"
            WHERE c."TenantId" = $1
            """) { Parameters = { new() { Value = city } } });
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var reader = await batch.ExecuteReaderAsync(http.RequestAborted);
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        foreach (var name in new[] { "popular", "newest", "categories" })
        {
            json.WriteStartArray(name);
            while (await reader.ReadAsync())
            {
                json.WriteStartObject();
                json.WriteString("id", reader.GetGuid(0));
                json.WriteString("title", reader.GetString(1));
                json.WriteNumber("count", Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            await reader.NextResultAsync();
        }

        json.WriteEndObject();
    }

    /// <summary>Ideas, votes and share answered per theme and city for the last year, in one GROUP BY.</summary>
    private static async Task DashboardAsync(NpgsqlDataSource dataSource, HttpContext http)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT t."Key", i."TenantId", count(*), sum(i."VoteCount"), count(i."FirstResponseAt"), count(*) FILTER (WHERE i."Status" = 'Implemented')
            FROM "Ideas" i JOIN "Categories" c ON c."Id" = i."CategoryId" JOIN "Themes" t ON t."Id" = c."ThemeId"
            WHERE i."Status" IN {PublicStatuses} AND i."PublishedAt" >= now() - interval '1 year'
            GROUP BY t."Key", i."TenantId"
            """);
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartArray();
        while (await reader.ReadAsync())
        {
            json.WriteStartObject();
            json.WriteString("theme", reader.GetString(0));
            json.WriteString("city", reader.GetGuid(1));
            json.WriteNumber("ideas", reader.GetInt64(2));
            json.WriteNumber("votes", reader.GetInt64(3));
            json.WriteNumber("answered", reader.GetInt64(4));
            json.WriteNumber("implemented", reader.GetInt64(5));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Every public idea as CSV, streamed from one query.</summary>
    private static async Task ExportAsync(NpgsqlDataSource dataSource, HttpContext http)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT i."Id", s."Slug", i."Title", i."Status", i."VoteCount", i."CommentCount", i."PublishedAt"
            FROM "Ideas" i JOIN "Cities" s ON s."Id" = i."TenantId" WHERE i."Status" IN {PublicStatuses} AND NOT i."ProvisionallyHidden"
            """);
        http.Response.ContentType = "text/csv; charset=utf-8";
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 65536);
        await writer.WriteLineAsync("id,city,title,status,votes,comments,published_at");
        while (await reader.ReadAsync())
        {
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{reader.GetGuid(0)},{reader.GetString(1)},\"{reader.GetString(2).Replace("\"", "\"\"", StringComparison.Ordinal)}\",{reader.GetString(3)},{reader.GetInt32(4)},{reader.GetInt32(5)},{reader.GetDateTime(6):O}"));
        }
    }
}
