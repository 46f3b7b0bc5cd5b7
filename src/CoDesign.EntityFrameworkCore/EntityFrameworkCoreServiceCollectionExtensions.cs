using CoDesign.Application.Persistence;
using CoDesign.EntityFrameworkCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore;

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>
    /// The DbContext on the configured provider, its interceptors, and the key-ring store. The
    /// configuration is read when first needed, not here, so that a host (or a test host) can still
    /// add configuration after this call.
    /// </summary>
    public static IServiceCollection AddEntityFrameworkCore(this IServiceCollection services, Func<IServiceProvider, ResolvedDatabase> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        services.AddSingleton(sp => resolve(sp));
        services.AddSingleton(sp => sp.GetRequiredService<ResolvedDatabase>().Options);
        services.AddSingleton(sp => sp.GetRequiredService<ResolvedDatabase>().Connection);
        services.AddSingleton<TenantSaveChangesInterceptor>();
        services.AddSingleton<TextSaveChangesInterceptor>();

        // Pooled: a request rents a context that is already built instead of constructing one
        // (with its services) each time. Nothing in the context holds per-request state.
        services.AddDbContextPool<CoDesignDbContext>((sp, builder) =>
        {
            var connection = sp.GetRequiredService<ResolvedConnection>();
            Configure(builder, connection.Provider, connection.ConnectionString);
            builder.AddInterceptors(sp.GetRequiredService<TenantSaveChangesInterceptor>(), sp.GetRequiredService<TextSaveChangesInterceptor>());
        }, poolSize: 256);
        services.AddScoped<ICoDesignDbContext>(sp => sp.GetRequiredService<CoDesignDbContext>());
        services.AddSingleton<IXmlRepository, DbXmlRepository>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<Application.Ideas.IIdeaTextSearch, Ideas.IdeaTextSearch>();
        services.AddScoped<Application.Ideas.IParticipationStore, Ideas.ParticipationStore>();
        services.AddScoped<Application.Coordination.IParticipantCounter, Coordination.ParticipantCounter>();
        services.AddScoped<Application.Notifications.IOutboxClaims, Notifications.OutboxClaims>();
        return services;
    }

    /// <summary>Reads "Database" and "ConnectionStrings:Default"; SQLite paths are relative to <paramref name="contentRoot"/>.</summary>
    public static ResolvedDatabase Resolve(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionStrings.Resolve(options.Provider, configuration.GetConnectionString("Default"), contentRoot);
        return new ResolvedDatabase(options, new ResolvedConnection(options.Provider, connectionString));
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Each provider's migrations live in their own assembly, scaffolded by `dotnet ef` (ADR 0012).
        var migrations = MigrationsAssemblies.For(provider);
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory").MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations));
                break;
            default:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations));
                break;
        }

        builder.AddInterceptors(NulParameterCommandInterceptor.Instance);
    }
}
