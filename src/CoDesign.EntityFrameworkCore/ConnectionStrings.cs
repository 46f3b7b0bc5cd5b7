using Microsoft.Data.Sqlite;

namespace CoDesign.EntityFrameworkCore;

public static class ConnectionStrings
{
    /// <summary>With no connection string, SQLite uses App_Data/codesign.db under the content root.</summary>
    public static string Resolve(DatabaseProvider provider, string? configured, string contentRoot)
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException("ConnectionStrings:Default is required when Database:Provider is SqlServer.")
                : configured;
        }

        if (provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException("ConnectionStrings:Default is required when Database:Provider is PostgreSql.");
            }

            // Statements the app runs again and again (the idea list, a vote) are prepared on each
            // pooled connection after their second use: the server parses and plans them once.
            // A connection string that says otherwise ("Max Auto Prepare=0") wins.
            var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(configured);
            if (!configured.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase) && !configured.Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
            {
                npgsql.MaxAutoPrepare = 128;
                npgsql.AutoPrepareMinUsages = 2;
            }

            return npgsql.ConnectionString;
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/codesign.db" : configured);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource) && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (!string.IsNullOrEmpty(builder.DataSource) && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(builder.DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }
}
