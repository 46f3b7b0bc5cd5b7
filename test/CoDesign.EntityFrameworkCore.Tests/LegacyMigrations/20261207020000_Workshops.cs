using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>Workshops of co-design processes, their registrations and the ideas they worked on; calendar invitations in the outbox (issue 18).</summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261207020000_Workshops")]
public partial class Workshops : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Workshops",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                ProcessId = table.Column<Guid>(nullable: false),
                TitleFi = table.Column<string>(maxLength: 150, nullable: false),
                TitleSv = table.Column<string>(maxLength: 150, nullable: false),
                TitleEn = table.Column<string>(maxLength: 150, nullable: false),
                DescriptionFi = table.Column<string>(maxLength: 4000, nullable: false),
                DescriptionSv = table.Column<string>(maxLength: 4000, nullable: false),
                DescriptionEn = table.Column<string>(maxLength: 4000, nullable: false),
                Format = table.Column<string>(maxLength: 30, nullable: false),
                Venue = table.Column<string>(maxLength: 200, nullable: true),
                Address = table.Column<string>(maxLength: 200, nullable: true),
                Room = table.Column<string>(maxLength: 200, nullable: true),
                OnlineUrl = table.Column<string>(maxLength: 500, nullable: true),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: false),
                Capacity = table.Column<int>(nullable: false),
                ConfirmedCount = table.Column<int>(nullable: false),
                Languages = table.Column<string>(maxLength: 20, nullable: false),
                StepFreeAccess = table.Column<bool>(nullable: false),
                InductionLoop = table.Column<bool>(nullable: false),
                SignLanguageOnRequest = table.Column<bool>(nullable: false),
                ChildCare = table.Column<bool>(nullable: false),
                RegistrationOpensAt = table.Column<DateTime>(nullable: true),
                RegistrationClosesAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CancelledAt = table.Column<DateTime>(nullable: true),
                Sequence = table.Column<int>(nullable: false),
                AttendanceCount = table.Column<int>(nullable: true),
                MinutesFi = table.Column<string>(maxLength: 20000, nullable: false),
                MinutesSv = table.Column<string>(maxLength: 20000, nullable: false),
                MinutesEn = table.Column<string>(maxLength: 20000, nullable: false),
                MinutesPublishedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Workshops", x => x.Id);
                table.ForeignKey(name: "FK_Workshops_Processes_ProcessId", column: x => x.ProcessId, principalTable: "Processes", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "WorkshopRegistrations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                WorkshopId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 100, nullable: true),
                Email = table.Column<string>(maxLength: 254, nullable: true),
                Phone = table.Column<string>(maxLength: 30, nullable: true),
                Language = table.Column<string>(maxLength: 5, nullable: false),
                Status = table.Column<string>(maxLength: 30, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                QueuedAt = table.Column<DateTime>(nullable: false),
                StatusChangedAt = table.Column<DateTime>(nullable: false),
                RecordedByUserId = table.Column<Guid>(nullable: true),
                ConsentNotedAt = table.Column<DateTime>(nullable: true),
                ReminderSentAt = table.Column<DateTime>(nullable: true),
                CalendarSequence = table.Column<int>(nullable: false),
                Attended = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkshopRegistrations", x => x.Id);
                table.ForeignKey(name: "FK_WorkshopRegistrations_Workshops_WorkshopId", column: x => x.WorkshopId, principalTable: "Workshops", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WorkshopIdeas",
            columns: table => new
            {
                WorkshopId = table.Column<Guid>(nullable: false),
                IdeaId = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkshopIdeas", x => new { x.WorkshopId, x.IdeaId });
                table.ForeignKey(name: "FK_WorkshopIdeas_Ideas_IdeaId", column: x => x.IdeaId, principalTable: "Ideas", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_WorkshopIdeas_Workshops_WorkshopId", column: x => x.WorkshopId, principalTable: "Workshops", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Workshops_ProcessId", table: "Workshops", column: "ProcessId");
        migrationBuilder.CreateIndex(name: "IX_Workshops_StartsAt", table: "Workshops", column: "StartsAt");
        migrationBuilder.CreateIndex(name: "IX_Workshops_TenantId_ProcessId_StartsAt", table: "Workshops", columns: new[] { "TenantId", "ProcessId", "StartsAt" });
        migrationBuilder.CreateIndex(name: "IX_WorkshopRegistrations_UserId", table: "WorkshopRegistrations", column: "UserId");
        migrationBuilder.CreateIndex(name: "IX_WorkshopRegistrations_WorkshopId_Status_QueuedAt", table: "WorkshopRegistrations", columns: new[] { "WorkshopId", "Status", "QueuedAt" });
        migrationBuilder.CreateIndex(name: "IX_WorkshopRegistrations_TenantId_WorkshopId_UserId", table: "WorkshopRegistrations", columns: new[] { "TenantId", "WorkshopId", "UserId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_WorkshopIdeas_IdeaId", table: "WorkshopIdeas", column: "IdeaId");

        migrationBuilder.AddColumn<string>(name: "Calendar", table: "OutboxMails", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Calendar", table: "OutboxMails");
        migrationBuilder.DropTable(name: "WorkshopIdeas");
        migrationBuilder.DropTable(name: "WorkshopRegistrations");
        migrationBuilder.DropTable(name: "Workshops");
    }
}
