using System.Diagnostics;
using CoDesign.Application.Coordination;
using CoDesign.Application.OpenData;
using CoDesign.Domain.Identity;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoDesign.EntityFrameworkCore.Tests.Coordination;

/// <summary>
/// The open data and the dashboard on a large dataset: the seeded ideas copied to about twenty
/// thousand published ideas. The export streams page by page, so it finishes quickly and never
/// holds the whole set; the time is written to the test output.
/// </summary>
public sealed class OpenDataScaleOnPostgreSqlTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);

        // The seed dates its ideas from the real clock; a period ending on the test clock's fixed
        // day would leave out the ideas seeded after it.
        _services.Clock.Set(DateTimeOffset.UtcNow);
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE TEMP TABLE copies AS SELECT i.* FROM "Ideas" i CROSS JOIN generate_series(1, 160) g WHERE i."Status" = 'Published';
                UPDATE copies SET "Id" = gen_random_uuid();
                INSERT INTO "Ideas" SELECT * FROM copies;
                DROP TABLE copies;
                ANALYZE "Ideas";
                """);
            return 0;
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Export_OfTwentyThousandIdeas_StreamsInSeconds()
    {
        var expected = await _services.RunAsync(sp => sp.GetRequiredService<CrossCityReader>().PublishedIdeas().CountAsync());
        expected.ShouldBeGreaterThan(10_000);

        var watch = Stopwatch.StartNew();
        var count = 0;
        await _services.RunAsync(async sp =>
        {
            await foreach (var idea in sp.GetRequiredService<OpenDataAppService>().IdeasAsync(null))
            {
                count++;
            }
        });
        watch.Stop();
        count.ShouldBe(expected);
        output.WriteLine($"open data: {count} ideas streamed in {watch.ElapsedMilliseconds} ms");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));

        var coordinator = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == "coordinator@demo.codesign.fi").Select(u => u.Id).SingleAsync());
        _services.User.SignIn(coordinator, PlatformRoles.Coordinator);
        watch.Restart();
        var dashboard = await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().DashboardAsync(new DateOnly(2015, 1, 1), null, "fi"));
        watch.Stop();
        dashboard.Figures.Single(f => f.ThemeKey == null && f.CitySlug == null).Ideas.ShouldBe(expected);
        output.WriteLine($"dashboard over {expected} ideas in {watch.ElapsedMilliseconds} ms, {dashboard.SimilarGroups.Count} similar groups");
    }
}
