using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>Moderation: public hiding reasons, provisional hiding after reports, report resolutions.</summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261123040000_Moderation")]
public partial class Moderation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "HiddenReason", table: "Ideas", maxLength: 1000, nullable: true);
        migrationBuilder.AddColumn<string>(name: "StatusBeforeHidden", table: "Ideas", maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<bool>(name: "ProvisionallyHidden", table: "Ideas", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<DateTime>(name: "HiddenAt", table: "Comments", nullable: true);
        migrationBuilder.AddColumn<string>(name: "HiddenReason", table: "Comments", maxLength: 1000, nullable: true);
        migrationBuilder.AddColumn<bool>(name: "ProvisionallyHidden", table: "Comments", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>(name: "Resolution", table: "ContentReports", maxLength: 20, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "HiddenReason", table: "Ideas");
        migrationBuilder.DropColumn(name: "StatusBeforeHidden", table: "Ideas");
        migrationBuilder.DropColumn(name: "ProvisionallyHidden", table: "Ideas");
        migrationBuilder.DropColumn(name: "HiddenAt", table: "Comments");
        migrationBuilder.DropColumn(name: "HiddenReason", table: "Comments");
        migrationBuilder.DropColumn(name: "ProvisionallyHidden", table: "Comments");
        migrationBuilder.DropColumn(name: "Resolution", table: "ContentReports");
    }
}
