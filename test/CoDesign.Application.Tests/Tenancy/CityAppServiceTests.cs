using CoDesign.Application.Tenancy;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application.Tests.Tenancy;

public class CityAppServiceTests : SeededTestBase
{
    private static readonly string[] Slugs = ["espoo", "helsinki", "oulu", "tampere", "turku", "vantaa"];

    private Task<IReadOnlyList<CityDto>> GetCitiesAsync() =>
        Services.RunAsync(sp => sp.GetRequiredService<CityAppService>().GetCitiesAsync());

    private async Task<CityHomeDto> GetHomeAsync(string city, string language = "fi")
    {
        var cityId = await CityIdAsync(city);
        using (Services.Tenant.Change(cityId, city))
        {
            return await Services.RunAsync(sp => sp.GetRequiredService<CityAppService>().GetHomeAsync(language));
        }
    }

    /// <summary>Counted from the rows, not from the counters the service sums.</summary>
    private async Task<Dictionary<Guid, (int Ideas, int Votes)>> PublicTotalsFromRowsAsync()
    {
        var publicStatuses = CityAppService.PublicIdeaStatuses.ToList();
        var ideas = await DbAsync(db => db.Ideas.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Select(i => new { i.Id, i.TenantId, i.Status }).ToListAsync());
        var votes = await DbAsync(db => db.Votes.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Select(v => v.IdeaId).ToListAsync());
        var publicIdeas = ideas.Where(i => publicStatuses.Contains(i.Status)).ToDictionary(i => i.Id, i => i.TenantId);
        return publicIdeas.Values.Distinct().ToDictionary(
            city => city,
            city => (publicIdeas.Count(i => i.Value == city), votes.Count(v => publicIdeas.TryGetValue(v, out var c) && c == city)));
    }

    [Fact]
    public async Task GetCities_ReturnsTheSixCitiesWithTotalsCountedFromRows()
    {
        var cities = await GetCitiesAsync();
        var expected = await PublicTotalsFromRowsAsync();

        cities.Select(c => c.Slug).Order(StringComparer.Ordinal).ShouldBe(Slugs);
        cities.Single(c => c.Slug == "turku").NameSv.ShouldBe("Åbo");
        foreach (var city in cities)
        {
            var (ideas, votes) = expected.GetValueOrDefault(city.Id);
            city.PublishedIdeas.ShouldBe(ideas, city.Slug);
            city.Votes.ShouldBe(votes, city.Slug);
            city.PublishedIdeas.ShouldBeGreaterThan(0, city.Slug);
        }

        cities.Sum(c => c.Votes).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task GetCities_DoesNotCountHiddenIdeas()
    {
        var helsinki = await CityIdAsync("helsinki");
        var before = (await GetCitiesAsync()).Single(c => c.Slug == "helsinki");
        int hiddenVotes;
        using (Services.Tenant.Change(helsinki, "helsinki"))
        {
            hiddenVotes = await DbAsync(async db =>
            {
                var idea = await db.Ideas.Where(i => i.Status == IdeaStatus.Published).OrderByDescending(i => i.VoteCount).FirstAsync();
                idea.ChangeStatus(IdeaStatus.Hidden, Services.Clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync();
                return idea.VoteCount;
            });
        }

        var after = (await GetCitiesAsync()).Single(c => c.Slug == "helsinki");

        after.PublishedIdeas.ShouldBe(before.PublishedIdeas - 1);
        after.Votes.ShouldBe(before.Votes - hiddenVotes);
    }

    [Fact]
    public async Task GetCities_WorksTheSameInsideACity()
    {
        var outside = await GetCitiesAsync();
        var espoo = await CityIdAsync("espoo");

        using (Services.Tenant.Change(espoo, "espoo"))
        {
            var inside = await GetCitiesAsync();
            inside.ShouldBe(outside);
        }
    }

    [Fact]
    public async Task GetHome_InHelsinki_ShowsOnlyHelsinkiData()
    {
        var helsinki = await CityIdAsync("helsinki");
        var helsinkiIdeas = (await DbAsync(db => db.Ideas.IgnoreQueryFilters([TenantFilter.Name])
            .Where(i => i.TenantId == helsinki).Select(i => i.Id).ToListAsync())).ToHashSet();
        var helsinkiCategories = (await DbAsync(db => db.Categories.IgnoreQueryFilters([TenantFilter.Name])
            .Where(c => c.TenantId == helsinki).Select(c => c.Id).ToListAsync())).ToHashSet();
        var expected = (await PublicTotalsFromRowsAsync())[helsinki];

        var home = await GetHomeAsync("helsinki");

        home.City.Slug.ShouldBe("helsinki");
        home.City.Id.ShouldBe(helsinki);
        home.PublishedIdeas.ShouldBe(expected.Ideas);
        home.Votes.ShouldBe(expected.Votes);
        home.PopularIdeas.ShouldNotBeEmpty();
        home.NewestIdeas.ShouldNotBeEmpty();
        home.PopularIdeas.Concat(home.NewestIdeas).ShouldAllBe(i => helsinkiIdeas.Contains(i.Id));
        home.Categories.Select(c => c.Id).ToHashSet().SetEquals(helsinkiCategories).ShouldBeTrue();
        home.Categories.Sum(c => c.IdeaCount).ShouldBe(expected.Ideas);
        home.PopularIdeas.Select(i => i.VoteCount).ShouldBeInOrder(SortDirection.Descending);
        home.NewestIdeas.Select(i => i.PublishedAt).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task GetHome_InSwedish_NamesCategoriesInSwedish()
    {
        var home = await GetHomeAsync("helsinki", "sv");

        home.Categories.ShouldContain(c => c.Key == "joukkoliikenne" && c.Name == "Kollektivtrafik" && c.ThemeKey == "mobility" && c.ThemeName == "Mobilitet");
        home.PopularIdeas.ShouldAllBe(i => i.CategoryName.Length > 0);
    }

    [Fact]
    public async Task GetHome_OutsideAnyCity_IsNotFound()
    {
        var ex = await Should.ThrowAsync<EntityNotFoundException>(() =>
            Services.RunAsync(sp => sp.GetRequiredService<CityAppService>().GetHomeAsync("fi")));

        ex.Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task GetHome_ForUnknownCity_IsNotFound()
    {
        using (Services.Tenant.Change(Guid.NewGuid(), "atlantis"))
        {
            await Should.ThrowAsync<EntityNotFoundException>(() =>
                Services.RunAsync(sp => sp.GetRequiredService<CityAppService>().GetHomeAsync("fi")));
        }
    }

    [Fact]
    public async Task GetHome_FollowsTheVotingPhase()
    {
        var oulu = await CityIdAsync("oulu");
        (await GetHomeAsync("oulu")).VotingOpen.ShouldBeTrue();

        var now = Services.Clock.GetUtcNow().UtcDateTime;
        await DbAsync(async db =>
        {
            var city = await db.Cities.SingleAsync(c => c.Id == oulu);
            city.SetVoting(true, now.AddDays(1), now.AddDays(10), null);
            await db.SaveChangesAsync();
        });

        (await GetHomeAsync("oulu")).VotingOpen.ShouldBeFalse();
        Services.Clock.Advance(TimeSpan.FromDays(1));
        (await GetHomeAsync("oulu")).VotingOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task GetActiveCityRefs_ListsTheSixCities()
    {
        var refs = await Services.RunAsync(sp => sp.GetRequiredService<CityAppService>().GetActiveCityRefsAsync());

        refs.Select(r => r.Slug).Order(StringComparer.Ordinal).ShouldBe(Slugs);
        refs.Single(r => r.Slug == "oulu").Name("sv").ShouldBe("Uleåborg");
    }
}
