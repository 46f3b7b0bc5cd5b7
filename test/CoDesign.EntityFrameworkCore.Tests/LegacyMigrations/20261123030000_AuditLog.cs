using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>The audit log of each city's administration.</summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261123030000_AuditLog")]
public partial class AuditLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                ActorId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 60, nullable: false),
                TargetType = table.Column<string>(maxLength: 60, nullable: false),
                TargetId = table.Column<Guid>(nullable: true),
                Details = table.Column<string>(maxLength: 2000, nullable: false),
                Reason = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
                table.ForeignKey(name: "FK_AuditEntries_Cities_TenantId", column: x => x.TenantId, principalTable: "Cities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_TenantId_Action_CreatedAt", table: "AuditEntries", columns: new[] { "TenantId", "Action", "CreatedAt" });
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_TenantId_CreatedAt", table: "AuditEntries", columns: new[] { "TenantId", "CreatedAt" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditEntries");
    }
}
