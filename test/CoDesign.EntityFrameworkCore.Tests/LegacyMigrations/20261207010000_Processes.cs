using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>Co-design processes with their timeline of phases; an idea may belong to one (issue 18).</summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261207010000_Processes")]
public partial class Processes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Processes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                TitleFi = table.Column<string>(maxLength: 150, nullable: false),
                TitleSv = table.Column<string>(maxLength: 150, nullable: false),
                TitleEn = table.Column<string>(maxLength: 150, nullable: false),
                QuestionFi = table.Column<string>(maxLength: 300, nullable: false),
                QuestionSv = table.Column<string>(maxLength: 300, nullable: false),
                QuestionEn = table.Column<string>(maxLength: 300, nullable: false),
                DescriptionFi = table.Column<string>(maxLength: 10000, nullable: false),
                DescriptionSv = table.Column<string>(maxLength: 10000, nullable: false),
                DescriptionEn = table.Column<string>(maxLength: 10000, nullable: false),
                CategoryId = table.Column<Guid>(nullable: true),
                Districts = table.Column<string>(maxLength: 1000, nullable: false),
                IsPublished = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                PublishedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Processes", x => x.Id);
                table.ForeignKey(name: "FK_Processes_Categories_CategoryId", column: x => x.CategoryId, principalTable: "Categories", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Processes_Cities_TenantId", column: x => x.TenantId, principalTable: "Cities", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ProcessPhases",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                ProcessId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: false),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProcessPhases", x => x.Id);
                table.ForeignKey(name: "FK_ProcessPhases_Processes_ProcessId", column: x => x.ProcessId, principalTable: "Processes", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Processes_CategoryId", table: "Processes", column: "CategoryId");
        migrationBuilder.CreateIndex(name: "IX_Processes_TenantId_IsPublished_CreatedAt", table: "Processes", columns: new[] { "TenantId", "IsPublished", "CreatedAt" });
        migrationBuilder.CreateIndex(name: "IX_ProcessPhases_ProcessId_SortOrder", table: "ProcessPhases", columns: new[] { "ProcessId", "SortOrder" });
        migrationBuilder.CreateIndex(name: "IX_ProcessPhases_TenantId_StartsAt_EndsAt", table: "ProcessPhases", columns: new[] { "TenantId", "StartsAt", "EndsAt" });

        if (migrationBuilder.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            // SQLite adds a column with its foreign key in one statement (EF would rebuild the table,
            // which needs a model snapshot these hand-written migrations do not have).
            migrationBuilder.Sql("""ALTER TABLE "Ideas" ADD COLUMN "ProcessId" TEXT NULL REFERENCES "Processes" ("Id") ON DELETE RESTRICT""");
        }
        else
        {
            migrationBuilder.AddColumn<Guid>(name: "ProcessId", table: "Ideas", nullable: true);
            migrationBuilder.AddForeignKey(name: "FK_Ideas_Processes_ProcessId", table: "Ideas", column: "ProcessId", principalTable: "Processes", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }

        migrationBuilder.CreateIndex(name: "IX_Ideas_ProcessId", table: "Ideas", column: "ProcessId");
        migrationBuilder.CreateIndex(name: "IX_Ideas_TenantId_ProcessId_VoteCount", table: "Ideas", columns: new[] { "TenantId", "ProcessId", "VoteCount" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            migrationBuilder.DropForeignKey(name: "FK_Ideas_Processes_ProcessId", table: "Ideas");
        }

        migrationBuilder.DropIndex(name: "IX_Ideas_TenantId_ProcessId_VoteCount", table: "Ideas");
        migrationBuilder.DropIndex(name: "IX_Ideas_ProcessId", table: "Ideas");
        migrationBuilder.DropColumn(name: "ProcessId", table: "Ideas");
        migrationBuilder.DropTable(name: "ProcessPhases");
        migrationBuilder.DropTable(name: "Processes");
    }
}
