using Npgsql;

namespace CoDesign.Web.Tests.Faults;

/// <summary>Plain SQL against the test's PostgreSQL database, bypassing the app.</summary>
internal static class Sql
{
    public static async Task<List<T>> ReadAsync<T>(
        NpgsqlConnection connection, string sql, IReadOnlyDictionary<string, object> parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static async Task<List<T>> ReadAsync<T>(
        string connectionString, string sql, IReadOnlyDictionary<string, object> parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await ReadAsync(connection, sql, parameters, read, cancellationToken);
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, IReadOnlyDictionary<string, object> parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
