using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>Official responses with their correction history, and the end of the response-time clock on ideas.</summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261123020000_OfficialResponses")]
public partial class OfficialResponses : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "FirstResponseAt", table: "Ideas", nullable: true);

        migrationBuilder.CreateTable(
            name: "IdeaResponses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                IdeaId = table.Column<Guid>(nullable: false),
                OfficialId = table.Column<Guid>(nullable: false),
                FromStatus = table.Column<string>(maxLength: 30, nullable: false),
                ToStatus = table.Column<string>(maxLength: 30, nullable: false),
                TextFi = table.Column<string>(maxLength: 8000, nullable: true),
                TextSv = table.Column<string>(maxLength: 8000, nullable: true),
                TextEn = table.Column<string>(maxLength: 8000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CorrectedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IdeaResponses", x => x.Id);
                table.ForeignKey(name: "FK_IdeaResponses_Ideas_IdeaId", column: x => x.IdeaId, principalTable: "Ideas", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "IdeaResponseRevisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                ResponseId = table.Column<Guid>(nullable: false),
                TextFi = table.Column<string>(maxLength: 8000, nullable: true),
                TextSv = table.Column<string>(maxLength: 8000, nullable: true),
                TextEn = table.Column<string>(maxLength: 8000, nullable: true),
                CorrectedById = table.Column<Guid>(nullable: false),
                CorrectedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IdeaResponseRevisions", x => x.Id);
                table.ForeignKey(name: "FK_IdeaResponseRevisions_IdeaResponses_ResponseId", column: x => x.ResponseId, principalTable: "IdeaResponses", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_IdeaResponseRevisions_ResponseId", table: "IdeaResponseRevisions", column: "ResponseId");
        migrationBuilder.CreateIndex(name: "IX_IdeaResponseRevisions_TenantId_ResponseId", table: "IdeaResponseRevisions", columns: new[] { "TenantId", "ResponseId" });
        migrationBuilder.CreateIndex(name: "IX_IdeaResponses_IdeaId", table: "IdeaResponses", column: "IdeaId");
        migrationBuilder.CreateIndex(name: "IX_IdeaResponses_TenantId_IdeaId_CreatedAt", table: "IdeaResponses", columns: new[] { "TenantId", "IdeaId", "CreatedAt" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "IdeaResponseRevisions");
        migrationBuilder.DropTable(name: "IdeaResponses");
        migrationBuilder.DropColumn(name: "FirstResponseAt", table: "Ideas");
    }
}
