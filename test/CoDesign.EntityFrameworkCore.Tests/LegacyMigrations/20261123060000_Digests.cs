using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>
/// Notification preferences, the digest mark on notifications and job runs. Until jobs moved to
/// Hangfire this also created the old scheduler's job store (ADR 0008); new databases no longer get it, and
/// 20261207000000_RetireOldJobStore drops it from databases that have it (docs/adr/0010).
/// </summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261123060000_Digests")]
public partial class Digests : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "MailedAt", table: "Notifications", nullable: true);
        migrationBuilder.AddColumn<Guid>(name: "RecipientUserId", table: "OutboxMails", nullable: true);

        migrationBuilder.CreateTable(
            name: "JobRuns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Job = table.Column<string>(maxLength: 200, nullable: false),
                Node = table.Column<string>(maxLength: 200, nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                FinishedAt = table.Column<DateTime>(nullable: true),
                Succeeded = table.Column<bool>(nullable: true),
                Message = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JobRuns", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "NotificationPreferences",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Frequency = table.Column<string>(maxLength: 20, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NotificationPreferences", x => x.Id);
                table.ForeignKey(name: "FK_NotificationPreferences_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_JobRuns_Job_StartedAt", table: "JobRuns", columns: new[] { "Job", "StartedAt" });
        migrationBuilder.CreateIndex(name: "IX_NotificationPreferences_UserId_Kind", table: "NotificationPreferences", columns: new[] { "UserId", "Kind" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_Notifications_TenantId_MailedAt_UserId", table: "Notifications", columns: new[] { "TenantId", "MailedAt", "UserId" });
        migrationBuilder.CreateIndex(name: "IX_OutboxMails_RecipientUserId", table: "OutboxMails", column: "RecipientUserId");

        // Notifications recorded before digests existed are not news any more.
        migrationBuilder.Sql("""UPDATE "Notifications" SET "MailedAt" = "CreatedAt" """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in RetiredJobStoreSchema.DropStatements(IsPostgres(migrationBuilder)))
        {
            migrationBuilder.Sql(statement);
        }

        migrationBuilder.DropTable(name: "NotificationPreferences");
        migrationBuilder.DropTable(name: "JobRuns");
        migrationBuilder.DropIndex(name: "IX_Notifications_TenantId_MailedAt_UserId", table: "Notifications");
        migrationBuilder.DropIndex(name: "IX_OutboxMails_RecipientUserId", table: "OutboxMails");
        migrationBuilder.DropColumn(name: "MailedAt", table: "Notifications");
        migrationBuilder.DropColumn(name: "RecipientUserId", table: "OutboxMails");
    }

    private static bool IsPostgres(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
}
