using CoDesign.Application.Persistence;
using CoDesign.EntityFrameworkCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore;

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>The DbContext on the configured provider, its interceptors, and the key-ring store.</summary>
    public static IServiceCollection AddEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionStrings.Resolve(options.Provider, configuration.GetConnectionString("Default"), contentRoot);
        services.AddSingleton(options);
        services.AddSingleton(new ResolvedConnection(options.Provider, connectionString));
        services.AddScoped<TenantSaveChangesInterceptor>();
        services.AddDbContext<CoDesignDbContext>((sp, builder) =>
        {
            Configure(builder, options.Provider, connectionString);
            builder.AddInterceptors(sp.GetRequiredService<TenantSaveChangesInterceptor>());
        });
        services.AddScoped<ICoDesignDbContext>(sp => sp.GetRequiredService<CoDesignDbContext>());
        services.AddSingleton<IXmlRepository, DbXmlRepository>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"));
                break;
            default:
                builder.UseSqlite(connectionString);
                break;
        }

        // The migrations are hand-written without a model snapshot (the design package does not
        // restore here); SchemaEquivalenceTests compare their result with the model instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
