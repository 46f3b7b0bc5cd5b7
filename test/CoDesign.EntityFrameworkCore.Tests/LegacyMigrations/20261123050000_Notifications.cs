using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>In-app notifications, one per person, kind and source.</summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261123050000_Notifications")]
public partial class Notifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                IdeaId = table.Column<Guid>(nullable: false),
                SourceId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notifications", x => x.Id);
                table.ForeignKey(name: "FK_Notifications_Ideas_IdeaId", column: x => x.IdeaId, principalTable: "Ideas", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Notifications_IdeaId", table: "Notifications", column: "IdeaId");
        migrationBuilder.CreateIndex(name: "IX_Notifications_TenantId_UserId_Kind_SourceId", table: "Notifications", columns: new[] { "TenantId", "UserId", "Kind", "SourceId" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_Notifications_UserId_ReadAt_CreatedAt", table: "Notifications", columns: new[] { "UserId", "ReadAt", "CreatedAt" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Notifications");
    }
}
