using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>
/// Jobs run on Hangfire now (docs/adr/0010): the old scheduler's job store (ADR 0008) goes. Nothing in it is worth
/// keeping: every node registers the recurring jobs again at start and the schedule sync makes the
/// city digests from the city settings; exactly-once rests on the outbox keys, not on the scheduler.
/// </summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261207000000_RetireOldJobStore")]
public partial class RetireOldJobStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in RetiredJobStoreSchema.DropStatements(migrationBuilder.ActiveProvider.Contains("Npgsql", StringComparison.Ordinal)))
        {
            migrationBuilder.Sql(statement);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // The old scheduler is no longer in the build, so its store cannot be made again; going back to
        // such a build means running that build's migrations on a fresh database.
    }
}
