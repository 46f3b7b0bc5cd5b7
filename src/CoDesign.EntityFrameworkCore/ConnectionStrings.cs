using Microsoft.Data.Sqlite;

namespace CoDesign.EntityFrameworkCore;

public static class ConnectionStrings
{
    /// <summary>With no connection string, SQLite uses App_Data/codesign.db under the content root.</summary>
    public static string Resolve(DatabaseProvider provider, string? configured, string contentRoot)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException("ConnectionStrings:Default is required when Database:Provider is PostgreSql.")
                : configured;
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
