using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Schema;

/// <summary>
/// The hand-written migrations must build exactly the schema the model describes: same tables,
/// columns, types, nullability, keys, indexes and foreign keys as EnsureCreated, on both providers.
/// </summary>
public sealed class SchemaEquivalenceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Migrations_OnEmptyDatabase_GiveTheSameSchemaAsTheModel(DatabaseProvider provider)
    {
        await using var migrated = await Databases.CreateEmptyAsync(provider);
        await using var created = await Databases.CreateEmptyAsync(provider);

        await using (var services = TestServices.Create(provider, migrated.ConnectionString))
        {
            await services.RunAsync(sp => sp.GetRequiredService<DatabaseMigrator>().MigrateAsync());
        }

        string generated;
        await using (var services = TestServices.Create(provider, created.ConnectionString))
        {
            generated = await services.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<CoDesignDbContext>();
                await db.Database.EnsureCreatedAsync();
                return MigrationCodeGenerator.Generate(db);
            });
        }

        var fromMigrations = await SchemaDump.ReadAsync(provider, migrated.ConnectionString);
        var fromModel = await SchemaDump.ReadAsync(provider, created.ConnectionString);

        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            var file = Path.Combine(Path.GetTempPath(), $"codesign-expected-migration-{provider}.cs.txt");
            await File.WriteAllTextAsync(file, generated);
            Assert.Fail($"Schema from migrations differs from the model on {provider}.\nMissing (write a migration):\n  {string.Join("\n  ", missing)}\nExtra:\n  {string.Join("\n  ", extra)}\nThe full model as MigrationBuilder code is in {file}.");
        }

        fromModel.Count.ShouldBeGreaterThan(50);
    }
}
