using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Migrations;

/// <summary>
/// Jobs run on Hangfire now (docs/adr/0010): Quartz's job store goes. Nothing in it is worth
/// keeping: every node registers the recurring jobs again at start and the schedule sync makes the
/// city digests from the city settings; exactly-once rests on the outbox keys, not on the scheduler.
/// </summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261207000000_RetireQuartz")]
public partial class RetireQuartz : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in RetiredQuartzSchema.DropStatements(migrationBuilder.ActiveProvider.Contains("Npgsql", StringComparison.Ordinal)))
        {
            migrationBuilder.Sql(statement);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // Quartz is no longer in the build, so its store cannot be made again; going back to a
        // Quartz build means running that build's migrations on a fresh database.
    }
}
