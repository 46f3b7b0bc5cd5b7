namespace CoDesign.EntityFrameworkCore;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, one node.</summary>
    Sqlite,

    /// <summary>The server database: any number of nodes.</summary>
    PostgreSql,

    /// <summary>Microsoft SQL Server or Azure SQL: any number of nodes.</summary>
    SqlServer,
}
