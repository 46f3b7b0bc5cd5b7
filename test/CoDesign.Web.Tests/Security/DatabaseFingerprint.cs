using System.Text;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// Row count and an md5 of every row's text, per application table: two equal fingerprints mean no
/// row was added, changed or deleted. Left out: Hangfire's tables (its own schema, not the current one)
/// and the data-protection key ring (created on first use by any request, a form's antiforgery token
/// included); sign-in and rate limits keep nothing in the database.
/// </summary>
internal static class DatabaseFingerprint
{
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(CoDesignApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesign.EntityFrameworkCore.CoDesignDbContext>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            try
            {
                var tables = new List<string>();
                await using (var list = connection.CreateCommand())
                {
                    list.CommandText = "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1";
                    await using var reader = await list.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        tables.Add(reader.GetString(0));
                    }
                }

                tables = tables.Where(IsApplicationTable).ToList();
                var sql = new StringBuilder();
                foreach (var table in tables)
                {
                    if (sql.Length > 0)
                    {
                        sql.Append(" union all ");
                    }

                    var quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                    sql.Append("select '").Append(table.Replace("'", "''", StringComparison.Ordinal)).Append("', count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ").Append(quoted).Append(" t");
                }

                var result = new Dictionary<string, string>(StringComparer.Ordinal);
                await using var command = connection.CreateCommand();
                command.CommandText = sql.ToString();
                await using var rows = await command.ExecuteReaderAsync();
                while (await rows.ReadAsync())
                {
                    result[rows.GetString(0)] = rows.GetString(1);
                }

                return (IReadOnlyDictionary<string, string>)result;
            }
            finally
            {
                await connection.CloseAsync();
            }
        });
    }

    /// <summary>The tables whose fingerprint differs.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => !before.TryGetValue(t, out var b) || !after.TryGetValue(t, out var a) || a != b).Order(StringComparer.Ordinal).ToList();

    private static bool IsApplicationTable(string table) =>
        !string.Equals(table, "DataProtectionKeys", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(table, "__EFMigrationsHistory", StringComparison.Ordinal);
}
