using CoDesign.Application.Coordination;
using CoDesign.Application.OpenData;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Identity;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Coordination;

/// <summary>
/// The embedded database runs the same coordination queries (distinct people over a union, keyset
/// paging on ids, key search): totals agree with direct counts and the open data holds every published idea.
/// </summary>
public sealed class CoordinationOnSqliteTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(DatabaseProvider.Sqlite);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);

        // The seed dates its ideas from the real clock; a period ending on the test clock's fixed
        // day would leave out the ideas seeded after it.
        _services.Clock.Set(DateTimeOffset.UtcNow);
        var coordinator = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == "coordinator@demo.codesign.fi").Select(u => u.Id).SingleAsync());
        _services.User.SignIn(coordinator, PlatformRoles.Coordinator);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Dashboard_Totals_EqualDirectCounts()
    {
        var dashboard = await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().DashboardAsync(new DateOnly(2015, 1, 1), null, "en"));
        var published = await PublishedAsync();
        var total = dashboard.Figures.Single(f => f.ThemeKey == null && f.CitySlug == null);
        total.Ideas.ShouldBe(published.Count);
        total.Votes.ShouldBe(published.Sum(i => i.VoteCount));
        total.Participants.ShouldBeGreaterThan(0);
        dashboard.Figures.Where(f => f.ThemeKey != null && f.CitySlug == null).Sum(f => f.Ideas).ShouldBe(published.Count);
        dashboard.Figures.Where(f => f.ThemeKey != null && f.CitySlug != null).Sum(f => f.Ideas).ShouldBe(published.Count);
        dashboard.SimilarGroups.ShouldNotBeEmpty();
        var theme = await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().ThemeAsync("mobility", new DateOnly(2015, 1, 1), null, "en"));
        theme.TopIdeas.Count.ShouldBe(6);
    }

    [Fact]
    public async Task OpenData_StreamsEveryPublishedIdea_AcrossPages()
    {
        var ids = new List<Guid>();
        await _services.RunAsync(async sp =>
        {
            // Small pages, so the keyset paging on ids runs many times.
            await foreach (var idea in sp.GetRequiredService<OpenDataAppService>().IdeasAsync(null, pageSize: 7))
            {
                ids.Add(idea.Id);
            }
        });
        ids.ShouldBe((await PublishedAsync()).Select(i => i.Id), ignoreOrder: true);
        ids.Distinct().Count().ShouldBe(ids.Count);
    }

    private Task<List<(Guid Id, int VoteCount)>> PublishedAsync() => _services.RunAsync(async sp =>
        (await sp.GetRequiredService<CoDesignDbContext>().Ideas.IgnoreQueryFilters()
            .Where(i => CityAppService.PublicIdeaStatuses.Contains(i.Status) && !i.ProvisionallyHidden)
            .Select(i => new { i.Id, i.VoteCount }).ToListAsync())
        .Select(i => (i.Id, i.VoteCount)).ToList());
}
