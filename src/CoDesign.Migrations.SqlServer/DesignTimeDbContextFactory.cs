using CoDesign.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoDesign.Migrations.SqlServer;

/// <summary>
/// Lets `dotnet ef` build the context on this provider. Scaffolding never connects; commands that
/// do (`database update`, `migrations list`) use CODESIGN_DESIGN_CONNECTION when it is set.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CoDesignDbContext>
{
    public CoDesignDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CoDesignDbContext>();
        var connectionString = Environment.GetEnvironmentVariable("CODESIGN_DESIGN_CONNECTION") ?? "Server=localhost;Database=CoDesignDesign;Integrated Security=true;TrustServerCertificate=true";
        EntityFrameworkCoreServiceCollectionExtensions.Configure(builder, DatabaseProvider.SqlServer, connectionString);
        return new CoDesignDbContext(builder.Options);
    }
}
