namespace CoDesign.EntityFrameworkCore;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start. On by default for SQLite; server mode migrates with the explicit `migrate` command.</summary>
    public bool? MigrateOnStart { get; set; }
}
