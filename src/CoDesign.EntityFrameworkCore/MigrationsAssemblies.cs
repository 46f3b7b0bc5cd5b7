namespace CoDesign.EntityFrameworkCore;

/// <summary>The assembly holding each provider's scaffolded migrations (EF Core's "migrations with multiple providers").</summary>
public static class MigrationsAssemblies
{
    public const string Sqlite = "CoDesign.Migrations.Sqlite";
    public const string PostgreSql = "CoDesign.Migrations.PostgreSql";
    public const string SqlServer = "CoDesign.Migrations.SqlServer";

    public static string For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => PostgreSql,
        DatabaseProvider.SqlServer => SqlServer,
        _ => Sqlite,
    };
}
