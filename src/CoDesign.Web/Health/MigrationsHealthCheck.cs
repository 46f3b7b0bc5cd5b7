using CoDesign.EntityFrameworkCore;
using CoDesign.Web.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoDesign.Web.Health;

/// <summary>Ready only when the database answers, every migration this build knows is applied and the job storage is installed.</summary>
public sealed class MigrationsHealthCheck(IServiceScopeFactory scopeFactory, ResolvedConnection database, IOptions<JobsOptions> jobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
            var pending = await migrator.GetPendingAsync(cancellationToken).ConfigureAwait(false);
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied; run the migrate command.");
            }

            return await JobStorageSetup.IsInstalledAsync(database, jobs.Value, cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("Database reachable, schema up to date.")
                : HealthCheckResult.Unhealthy("The job storage (Hangfire schema) is not installed; run the migrate command.");
        }
#pragma warning disable CA1031 // A health check reports any failure as unhealthy instead of throwing.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Database unreachable.", ex);
        }
    }
}
