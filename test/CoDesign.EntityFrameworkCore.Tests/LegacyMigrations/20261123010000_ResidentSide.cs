using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>
/// The resident side: search keys and a random-order key on ideas, assisted participation fields,
/// followers, reports and organisation invitations. No installation has ideas from before this
/// migration (it ships with the first release), so the new key columns need no backfill.
/// </summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261123010000_ResidentSide")]
public partial class ResidentSide : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "SearchKeys", table: "Ideas", maxLength: 4000, nullable: false, defaultValue: " ");
        migrationBuilder.AddColumn<int>(name: "RandomKey", table: "Ideas", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<Guid>(name: "RecordedById", table: "Ideas", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "ConsentNoted", table: "Ideas", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>(name: "ContactEmail", table: "Ideas", maxLength: 254, nullable: true);

        migrationBuilder.CreateTable(
            name: "OrganisationInvitations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                TokenHash = table.Column<string>(maxLength: 100, nullable: false),
                InvitedById = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                AcceptedAt = table.Column<DateTime>(nullable: true),
                AcceptedById = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrganisationInvitations", x => x.Id);
                table.ForeignKey(name: "FK_OrganisationInvitations_Organisations_OrganisationId", column: x => x.OrganisationId, principalTable: "Organisations", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ContentReports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                Target = table.Column<string>(maxLength: 30, nullable: false),
                TargetId = table.Column<Guid>(nullable: false),
                IdeaId = table.Column<Guid>(nullable: false),
                ReporterId = table.Column<Guid>(nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ResolvedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContentReports", x => x.Id);
                table.ForeignKey(name: "FK_ContentReports_Ideas_IdeaId", column: x => x.IdeaId, principalTable: "Ideas", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "IdeaFollowers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TenantId = table.Column<Guid>(nullable: false),
                IdeaId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IdeaFollowers", x => x.Id);
                table.ForeignKey(name: "FK_IdeaFollowers_Ideas_IdeaId", column: x => x.IdeaId, principalTable: "Ideas", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_ContentReports_IdeaId", table: "ContentReports", column: "IdeaId");

        migrationBuilder.CreateIndex(name: "IX_ContentReports_TenantId_ResolvedAt", table: "ContentReports", columns: new[] { "TenantId", "ResolvedAt" });

        migrationBuilder.CreateIndex(name: "IX_ContentReports_TenantId_Target_TargetId_ReporterId", table: "ContentReports", columns: new[] { "TenantId", "Target", "TargetId", "ReporterId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_IdeaFollowers_IdeaId", table: "IdeaFollowers", column: "IdeaId");

        migrationBuilder.CreateIndex(name: "IX_IdeaFollowers_TenantId_IdeaId_UserId", table: "IdeaFollowers", columns: new[] { "TenantId", "IdeaId", "UserId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_IdeaFollowers_TenantId_UserId", table: "IdeaFollowers", columns: new[] { "TenantId", "UserId" });

        migrationBuilder.CreateIndex(name: "IX_Ideas_TenantId_CommentCount", table: "Ideas", columns: new[] { "TenantId", "CommentCount" });

        migrationBuilder.CreateIndex(name: "IX_Ideas_TenantId_LastActivityAt", table: "Ideas", columns: new[] { "TenantId", "LastActivityAt" });

        migrationBuilder.CreateIndex(name: "IX_OrganisationInvitations_OrganisationId", table: "OrganisationInvitations", column: "OrganisationId");

        migrationBuilder.CreateIndex(name: "IX_OrganisationInvitations_TokenHash", table: "OrganisationInvitations", column: "TokenHash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "OrganisationInvitations");
        migrationBuilder.DropTable(name: "IdeaFollowers");
        migrationBuilder.DropTable(name: "ContentReports");
        migrationBuilder.DropIndex(name: "IX_Ideas_TenantId_LastActivityAt", table: "Ideas");
        migrationBuilder.DropIndex(name: "IX_Ideas_TenantId_CommentCount", table: "Ideas");
        migrationBuilder.DropColumn(name: "SearchKeys", table: "Ideas");
        migrationBuilder.DropColumn(name: "RandomKey", table: "Ideas");
        migrationBuilder.DropColumn(name: "RecordedById", table: "Ideas");
        migrationBuilder.DropColumn(name: "ConsentNoted", table: "Ideas");
        migrationBuilder.DropColumn(name: "ContactEmail", table: "Ideas");
    }
}
