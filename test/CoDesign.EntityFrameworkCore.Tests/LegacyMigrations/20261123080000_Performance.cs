using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoDesign.EntityFrameworkCore.Tests.LegacyMigrations;

/// <summary>
/// Indexes for the scale of the performance issue (docs/benchmarks.md). Provider-neutral: a city's
/// ideas by publication time and by random key (the list's "newest" and "random" orders), and the most-supported ideas of every
/// city in one order, for "also proposed in" and other cross-city reads that take the top ideas
/// among many. PostgreSQL only (they are no part of the EF model):
/// a trigram index on the search keys, so that <c>LIKE '% key %'</c> finds rows without reading
/// the table (docs/adr/0006), and the Finnish and Swedish full-text expressions of the search.
/// </summary>
[DbContext(typeof(CoDesignDbContext))]
[Migration("20261123080000_Performance")]
public partial class Performance : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(name: "IX_Ideas_VoteCount_Id", table: "Ideas", columns: new[] { "VoteCount", "Id" }, descending: new[] { true, false });
        migrationBuilder.CreateIndex(name: "IX_Ideas_TenantId_PublishedAt", table: "Ideas", columns: new[] { "TenantId", "PublishedAt" });
        migrationBuilder.CreateIndex(name: "IX_Ideas_TenantId_RandomKey", table: "Ideas", columns: new[] { "TenantId", "RandomKey" });

        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "PG_Ideas_SearchKeys_Trgm" ON "Ideas" USING gin ("SearchKeys" gin_trgm_ops);""");

            // The same expressions as IdeaTextSearch's, or the planner cannot use them.
            migrationBuilder.Sql("""CREATE INDEX "PG_Ideas_Text_Finnish" ON "Ideas" USING gin (to_tsvector('finnish', "Title" || ' ' || "Body"));""");
            migrationBuilder.Sql("""CREATE INDEX "PG_Ideas_Text_Swedish" ON "Ideas" USING gin (to_tsvector('swedish', "Title" || ' ' || "Body"));""");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "PG_Ideas_Text_Swedish";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "PG_Ideas_Text_Finnish";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "PG_Ideas_SearchKeys_Trgm";""");
        }

        migrationBuilder.DropIndex(name: "IX_Ideas_TenantId_RandomKey", table: "Ideas");
        migrationBuilder.DropIndex(name: "IX_Ideas_TenantId_PublishedAt", table: "Ideas");
        migrationBuilder.DropIndex(name: "IX_Ideas_VoteCount_Id", table: "Ideas");
    }
}
