using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>
/// An idea's discussion is paged by thread (top-level comment): the page counts an idea's threads
/// and takes the latest 30 of them. A partial index over top-level comments only answers both from
/// the index, however many replies a popular idea has (docs/benchmarks.md). Partial indexes are
/// the same in PostgreSQL and SQLite.
/// </summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261206000000_CommentThreads")]
public partial class CommentThreads : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(
            name: "IX_Comments_Threads", table: "Comments", columns: new[] { "TenantId", "IdeaId", "CreatedAt", "Id" }, filter: "\"ParentId\" IS NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Comments_Threads", table: "Comments");
    }
}
