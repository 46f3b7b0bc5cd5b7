using Npgsql;

namespace CoDesign.Web.Tests.Performance;

/// <summary>
/// Multiplies a test database's content in SQL: every idea of every city is copied with its votes,
/// followers, comments (replies keep their thread), official responses and reports, so lists,
/// dashboards and exports have more rows while every count stays consistent with the rows.
/// </summary>
internal static class DataMultiplier
{
    public static async Task CopyEverythingAsync(string connectionString, int copies)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecAsync(connection, """
            CREATE TEMP TABLE orig_idea AS SELECT "Id" FROM "Ideas";
            CREATE TEMP TABLE orig_comment AS SELECT "Id" FROM "Comments";
            CREATE TEMP TABLE orig_response AS SELECT "Id" FROM "IdeaResponses";
            """);
        for (var n = 0; n < copies; n++)
        {
            await ExecAsync(connection, """
                DROP TABLE IF EXISTS m_idea, m_comment, m_response;
                CREATE TEMP TABLE m_idea AS SELECT "Id" AS old, gen_random_uuid() AS new FROM orig_idea;
                CREATE TEMP TABLE m_comment AS SELECT "Id" AS old, gen_random_uuid() AS new FROM orig_comment;
                CREATE TEMP TABLE m_response AS SELECT "Id" AS old, gen_random_uuid() AS new FROM orig_response;
                """);
            await CopyAsync(connection, "Ideas", new() { ["Id"] = "m.new" }, """JOIN m_idea m ON m.old = t."Id" """);
            await CopyAsync(connection, "Votes", new() { ["Id"] = "gen_random_uuid()", ["IdeaId"] = "m.new" }, """JOIN m_idea m ON m.old = t."IdeaId" """);
            await CopyAsync(connection, "IdeaFollowers", new() { ["Id"] = "gen_random_uuid()", ["IdeaId"] = "m.new" }, """JOIN m_idea m ON m.old = t."IdeaId" """);
            await CopyAsync(connection, "Comments", new() { ["Id"] = "mc.new", ["IdeaId"] = "m.new", ["ParentId"] = "mp.new" },
                """JOIN m_comment mc ON mc.old = t."Id" JOIN m_idea m ON m.old = t."IdeaId" LEFT JOIN m_comment mp ON mp.old = t."ParentId" """);
            await CopyAsync(connection, "IdeaResponses", new() { ["Id"] = "mr.new", ["IdeaId"] = "m.new" },
                """JOIN m_response mr ON mr.old = t."Id" JOIN m_idea m ON m.old = t."IdeaId" """);
            await CopyAsync(connection, "IdeaResponseRevisions", new() { ["Id"] = "gen_random_uuid()", ["ResponseId"] = "mr.new" },
                """JOIN m_response mr ON mr.old = t."ResponseId" """);
            await CopyAsync(connection, "ContentReports", new() { ["Id"] = "gen_random_uuid()", ["IdeaId"] = "m.new", ["TargetId"] = "COALESCE(tc.new, ti.new)" },
                """JOIN m_idea m ON m.old = t."IdeaId" LEFT JOIN m_comment tc ON tc.old = t."TargetId" LEFT JOIN m_idea ti ON ti.old = t."TargetId" """);
        }
    }

    /// <summary>Copies one idea's comments (with their replies) and official responses onto the same idea, keeping its counter right.</summary>
    public static async Task CopyDiscussionAsync(string connectionString, Guid ideaId, int copies)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand("""CREATE TEMP TABLE the_idea AS SELECT @id::uuid AS "Id" """, connection))
        {
            command.Parameters.AddWithValue("id", ideaId);
            await command.ExecuteNonQueryAsync();
        }

        await ExecAsync(connection, """
            CREATE TEMP TABLE orig_comment AS SELECT c."Id" FROM "Comments" c JOIN the_idea i ON i."Id" = c."IdeaId";
            CREATE TEMP TABLE orig_response AS SELECT r."Id" FROM "IdeaResponses" r JOIN the_idea i ON i."Id" = r."IdeaId";
            """);
        for (var n = 0; n < copies; n++)
        {
            await ExecAsync(connection, """
                DROP TABLE IF EXISTS m_comment, m_response;
                CREATE TEMP TABLE m_comment AS SELECT "Id" AS old, gen_random_uuid() AS new FROM orig_comment;
                CREATE TEMP TABLE m_response AS SELECT "Id" AS old, gen_random_uuid() AS new FROM orig_response;
                """);
            await CopyAsync(connection, "Comments", new() { ["Id"] = "mc.new", ["ParentId"] = "mp.new" },
                """JOIN m_comment mc ON mc.old = t."Id" LEFT JOIN m_comment mp ON mp.old = t."ParentId" """);
            await CopyAsync(connection, "IdeaResponses", new() { ["Id"] = "mr.new" }, """JOIN m_response mr ON mr.old = t."Id" """);
            await CopyAsync(connection, "IdeaResponseRevisions", new() { ["Id"] = "gen_random_uuid()", ["ResponseId"] = "mr.new" },
                """JOIN m_response mr ON mr.old = t."ResponseId" """);
        }

        await ExecAsync(connection, $"""UPDATE "Ideas" i SET "CommentCount" = "CommentCount" * {copies + 1} FROM the_idea t WHERE t."Id" = i."Id" """);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, Dictionary<string, string> overrides, string joins)
    {
        var columns = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @t ORDER BY ordinal_position", connection))
        {
            command.Parameters.AddWithValue("t", table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", columns.Select(c => overrides.TryGetValue(c, out var e) ? $"COALESCE({e}, t.\"{c}\")" : $"t.\"{c}\""));
        await ExecAsync(connection, $"INSERT INTO \"{table}\" ({list}) SELECT {values} FROM \"{table}\" t {joins}");
    }

    private static async Task ExecAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
