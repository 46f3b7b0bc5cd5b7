using System.Data.Common;
using System.Globalization;
using CoDesign.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CoDesign.EntityFrameworkCore.Tests.Schema;

/// <summary>
/// The schema of a database as sorted lines: tables, columns (type, nullability, length),
/// primary keys, indexes (unique, columns) and foreign keys (columns, target, delete rule).
/// </summary>
public static class SchemaDump
{
    public static async Task<IReadOnlyList<string>> ReadAsync(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.PostgreSql
            ? await ReadPostgresAsync(connectionString).ConfigureAwait(false)
            : await ReadSqliteAsync(connectionString).ConfigureAwait(false);

    private static async Task<IReadOnlyList<string>> ReadSqliteAsync(string connectionString)
    {
        var lines = new List<string>();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        var tables = await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' AND name <> '__EFMigrationsLock'").ConfigureAwait(false);
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            foreach (var row in await RowsAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')").ConfigureAwait(false))
            {
                lines.Add($"column {table}.{row[0]} {row[1]} {(row[2] == "1" ? "not null" : "null")}{(row[3] != "0" ? " pk" + row[3] : string.Empty)}");
            }

            foreach (var index in await RowsAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')").ConfigureAwait(false))
            {
                var cols = await ListAsync(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno").ConfigureAwait(false);
                var kind = index[2] == "pk" ? "pk-index" : index[1] == "1" ? "unique index" : "index";
                lines.Add($"{kind} {table}.{(index[2] == "pk" ? "PK" : index[0])} ({string.Join(", ", cols)})");
            }

            foreach (var fk in await RowsAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')").ConfigureAwait(false))
            {
                lines.Add($"fk {table}.{fk[1]} -> {fk[0]}.{fk[2]} on delete {fk[3]}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<IReadOnlyList<string>> ReadPostgresAsync(string connectionString)
    {
        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        const string filter = "table_schema = 'public' AND table_name <> '__EFMigrationsHistory'";
        foreach (var t in await ListAsync(connection, $"SELECT table_name FROM information_schema.tables WHERE {filter} AND table_type = 'BASE TABLE'").ConfigureAwait(false))
        {
            lines.Add($"table {t}");
        }

        foreach (var c in await RowsAsync(connection, $"SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, is_identity, coalesce(identity_generation, '') FROM information_schema.columns WHERE {filter}").ConfigureAwait(false))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}{(c[3].Length > 0 ? "(" + c[3] + ")" : string.Empty)} {(c[4] == "YES" ? "null" : "not null")}{(c[5] == "YES" ? " identity " + c[6] : string.Empty)}");
        }

        // Indexes named PG_ are PostgreSQL-only (trigram and full-text, migration 20261123080000_Performance)
        // and no part of the EF model, which cannot express them provider-neutrally.
        foreach (var i in await RowsAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory' AND indexname NOT LIKE 'PG!_%' ESCAPE '!'").ConfigureAwait(false))
        {
            lines.Add($"index {i[0]}.{i[1]} {i[2]}");
        }

        const string fks = """
            SELECT tc.table_name, kcu.column_name, ccu.table_name, ccu.column_name, rc.delete_rule
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema
            JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name AND tc.table_schema = ccu.table_schema
            JOIN information_schema.referential_constraints rc ON tc.constraint_name = rc.constraint_name AND tc.table_schema = rc.constraint_schema
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
            """;
        foreach (var fk in await RowsAsync(connection, fks).ConfigureAwait(false))
        {
            lines.Add($"fk {fk[0]}.{fk[1]} -> {fk[2]}.{fk[3]} on delete {fk[4]}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql) =>
        (await RowsAsync(connection, sql).ConfigureAwait(false)).Select(r => r[0]).ToList();

    private static async Task<List<string[]>> RowsAsync(DbConnection connection, string sql)
    {
        var rows = new List<string[]>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
