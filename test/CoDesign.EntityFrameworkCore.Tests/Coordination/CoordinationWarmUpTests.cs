using CoDesign.Application.Coordination;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Tenancy;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Coordination;

/// <summary>
/// The dashboard computed in advance (as each node does on start and before the kept figures
/// expire): viewers get the warmed figures without computing, in every language, and only
/// after their own permission check.
/// </summary>
public sealed class CoordinationWarmUpTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private TestServices _services = null!;
    private Guid _coordinator;

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString, s => s.AddSingleton(new CoordinationOptions { CacheDuration = TimeSpan.FromMinutes(5) }));
        _coordinator = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == "coordinator@demo.codesign.fi").Select(u => u.Id).SingleAsync());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task WarmUp_WithNobodySignedIn_IsWhatTheNextViewerGets_UntilTheNextWarmUp()
    {
        _services.User.SignOut();
        await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().WarmUpAsync());
        var warmed = await DashboardAsync("fi");

        await NewIdeaPublishedNowAsync();
        var served = await DashboardAsync("sv");
        Total(served).ShouldBe(Total(warmed), "the Swedish viewer got the warmed figures, not a new computation");

        _services.User.SignOut();
        await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().WarmUpAsync());
        Total(await DashboardAsync("sv")).ShouldBe(Total(warmed) + 1);
        Total(await DashboardAsync("en")).ShouldBe(Total(warmed) + 1);
    }

    [Fact]
    public async Task WarmedFigures_AreNotHandedToSomeoneWhoIsNotACoordinator()
    {
        await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().WarmUpAsync());
        var resident = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == "resident3@demo.codesign.fi").Select(u => u.Id).SingleAsync());
        _services.User.SignIn(resident);

        var error = await Should.ThrowAsync<BusinessException>(() => _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().DashboardAsync(null, null, "fi")));
        error.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task FiguresComputedOnce_AreNamedInTheViewersLanguage()
    {
        var fi = await DashboardAsync("fi");
        var sv = await DashboardAsync("sv");
        var names = await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            return (Themes: await db.Themes.ToDictionaryAsync(t => t.Key, t => t.NameSv), Cities: await db.Cities.ToDictionaryAsync(c => c.Slug, c => c.NameSv));
        });

        sv.Figures.ShouldBe(fi.Figures);
        sv.Themes.Select(t => t.Key).ShouldBe(fi.Themes.Select(t => t.Key));
        sv.Themes.ShouldAllBe(t => t.Name == names.Themes[t.Key]);
        sv.Cities.ShouldAllBe(c => c.Name == names.Cities[c.Slug]);
        sv.Cities.Single(c => c.Slug == "helsinki").Name.ShouldBe("Helsingfors");
        sv.TrendByTheme.ShouldAllBe(t => t.Name == names.Themes[t.Key]);
        sv.TrendByTheme.Select(t => t.Ideas.Sum()).ShouldBe(fi.TrendByTheme.Select(t => t.Ideas.Sum()));
        sv.SimilarGroups.Count.ShouldBe(fi.SimilarGroups.Count);
        foreach (var group in sv.SimilarGroups)
        {
            group.Ideas.ShouldAllBe(i => i.CityName == names.Cities[i.CitySlug]);
            group.Ideas.Select(i => i.CityName).ShouldBe(group.Ideas.Select(i => i.CityName).Order(StringComparer.Ordinal));
        }
    }

    private async Task<CoordinationDashboardDto> DashboardAsync(string language)
    {
        _services.User.SignIn(_coordinator, PlatformRoles.Coordinator);
        return await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().DashboardAsync(null, null, language));
    }

    private static int Total(CoordinationDashboardDto dashboard) => dashboard.Figures.Single(f => f.ThemeKey == null && f.CitySlug == null).Ideas;

    private async Task NewIdeaPublishedNowAsync()
    {
        var city = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "turku"));
        using var _ = _services.Tenant.Change(city.Id, city.Slug);
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var category = await db.Categories.OrderBy(c => c.SortOrder).FirstAsync();
            var now = _services.Clock.GetUtcNow().UtcDateTime;
            var idea = Domain.Ideas.IdeaManager.CreateIdea(city, category, "Lämmitetyt bussipysäkit", "Testi.", "fi", null, null, Domain.Ideas.ParticipationChannel.Online, now);
            idea.Publish(now);
            db.Ideas.Add(idea);
            await db.SaveChangesAsync();
            return true;
        });
    }
}
