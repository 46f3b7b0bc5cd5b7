using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>Deleted accounts stay as anonymous rows that their content and votes point at.</summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261123090000_AccountErasure")]
public partial class AccountErasure : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "DeletedAt", table: "AspNetUsers", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "DeletedAt", table: "AspNetUsers");
    }
}
