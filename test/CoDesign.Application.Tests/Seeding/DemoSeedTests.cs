using CoDesign.Application.Persistence;
using CoDesign.Application.Seeding;
using CoDesign.Domain.Identity;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Organisations;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application.Tests.Seeding;

public class DemoSeedTests : SeededTestBase
{
    private static readonly string[] Slugs = ["espoo", "helsinki", "oulu", "tampere", "turku", "vantaa"];

    private static async Task<Dictionary<string, int>> CountAllAsync(ICoDesignDbContext db) => new()
    {
        ["Cities"] = await db.Cities.CountAsync(),
        ["Themes"] = await db.Themes.CountAsync(),
        ["Categories"] = await db.Categories.IgnoreQueryFilters([TenantFilter.Name]).CountAsync(),
        ["Ideas"] = await db.Ideas.IgnoreQueryFilters([TenantFilter.Name]).CountAsync(),
        ["Votes"] = await db.Votes.IgnoreQueryFilters([TenantFilter.Name]).CountAsync(),
        ["Comments"] = await db.Comments.IgnoreQueryFilters([TenantFilter.Name]).CountAsync(),
        ["Users"] = await db.Users.CountAsync(),
        ["Roles"] = await db.Roles.CountAsync(),
        ["UserRoles"] = await db.UserRoles.CountAsync(),
        ["CityRoleAssignments"] = await db.CityRoleAssignments.IgnoreQueryFilters([TenantFilter.Name]).CountAsync(),
        ["Organisations"] = await db.Organisations.CountAsync(),
        ["OrganisationMembers"] = await db.OrganisationMembers.CountAsync(),
        ["OutboxMails"] = await db.OutboxMails.CountAsync(),
    };

    [Fact]
    public async Task DemoSeed_MadeSixCitiesTenThemesAndFiftyResidents()
    {
        var cities = await DbAsync(db => db.Cities.Select(c => c.Slug).ToListAsync());
        var themes = await DbAsync(db => db.Themes.CountAsync());
        var residents = await DbAsync(db => db.Users.CountAsync(u => EF.Functions.Like(u.Email!, "resident%@" + DemoAccounts.Domain)));

        cities.Order(StringComparer.Ordinal).ShouldBe(Slugs);
        themes.ShouldBe(10);
        residents.ShouldBe(50);
        (await UserIdAsync(DemoAccounts.Resident(50))).ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task DemoSeed_GaveEveryCityItsStaffInTheirRoles()
    {
        var assignments = await DbAsync(db => (
            from a in db.CityRoleAssignments.IgnoreQueryFilters([TenantFilter.Name])
            join u in db.Users on a.UserId equals u.Id
            join c in db.Cities on a.TenantId equals c.Id
            select new { c.Slug, u.Email, a.Role }).ToListAsync());

        assignments.Count.ShouldBe(18);
        foreach (var slug in Slugs)
        {
            assignments.ShouldContain(a => a.Slug == slug && a.Email == DemoAccounts.CityAdmin(slug) && a.Role == CityRole.CityAdmin);
            assignments.ShouldContain(a => a.Slug == slug && a.Email == DemoAccounts.Moderator(slug) && a.Role == CityRole.Moderator);
            assignments.ShouldContain(a => a.Slug == slug && a.Email == DemoAccounts.Official(slug) && a.Role == CityRole.Official);
        }

        // Staff act in their own city only.
        assignments.ShouldAllBe(a => a.Email!.StartsWith(a.Slug + "-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DemoSeed_PlatformRolesBelongToThePlatformAccounts()
    {
        var roles = await DbAsync(db => (
            from ur in db.UserRoles
            join u in db.Users on ur.UserId equals u.Id
            join r in db.Roles on ur.RoleId equals r.Id
            select new { u.Email, r.Name }).ToListAsync());

        roles.Count.ShouldBe(2);
        roles.ShouldContain(r => r.Email == DemoAccounts.PlatformAdmin && r.Name == PlatformRoles.PlatformAdmin);
        roles.ShouldContain(r => r.Email == DemoAccounts.Coordinator && r.Name == PlatformRoles.Coordinator);
    }

    [Fact]
    public async Task DemoSeed_CountersMatchTheRows()
    {
        var ideas = await DbAsync(db => db.Ideas.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Select(i => new { i.Id, i.TenantId, i.VoteCount, i.CommentCount }).ToListAsync());
        var votes = await DbAsync(db => db.Votes.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .GroupBy(v => v.IdeaId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));
        var comments = await DbAsync(db => db.Comments.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .GroupBy(c => c.IdeaId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));

        ideas.Count.ShouldBeGreaterThan(6 * 17);
        ideas.Sum(i => i.VoteCount).ShouldBeGreaterThan(0);
        ideas.Sum(i => i.CommentCount).ShouldBeGreaterThan(0);
        foreach (var idea in ideas)
        {
            idea.VoteCount.ShouldBe(votes.GetValueOrDefault(idea.Id), $"votes of {idea.Id}");
            idea.CommentCount.ShouldBe(comments.GetValueOrDefault(idea.Id), $"comments of {idea.Id}");
        }

        votes.Keys.ShouldAllBe(id => ideas.Any(i => i.Id == id));
        comments.Keys.ShouldAllBe(id => ideas.Any(i => i.Id == id));
    }

    [Fact]
    public async Task DemoSeed_VotesAndCommentsStayInTheirIdeasCity()
    {
        var crossCityVotes = await DbAsync(db => (
            from v in db.Votes.IgnoreQueryFilters([TenantFilter.Name])
            join i in db.Ideas.IgnoreQueryFilters([TenantFilter.Name]) on v.IdeaId equals i.Id
            where v.TenantId != i.TenantId
            select v.Id).CountAsync());
        var crossCityComments = await DbAsync(db => (
            from c in db.Comments.IgnoreQueryFilters([TenantFilter.Name])
            join i in db.Ideas.IgnoreQueryFilters([TenantFilter.Name]) on c.IdeaId equals i.Id
            where c.TenantId != i.TenantId
            select c.Id).CountAsync());
        var crossCityCategories = await DbAsync(db => (
            from i in db.Ideas.IgnoreQueryFilters([TenantFilter.Name])
            join c in db.Categories.IgnoreQueryFilters([TenantFilter.Name]) on i.CategoryId equals c.Id
            where c.TenantId != i.TenantId
            select i.Id).CountAsync());
        var duplicateVotes = await DbAsync(db => db.Votes.IgnoreQueryFilters([TenantFilter.Name])
            .GroupBy(v => new { v.IdeaId, v.VoterId }).CountAsync(g => g.Count() > 1));

        crossCityVotes.ShouldBe(0);
        crossCityComments.ShouldBe(0);
        crossCityCategories.ShouldBe(0);
        duplicateVotes.ShouldBe(0);
    }

    [Fact]
    public async Task DemoSeed_RepliesGoOneLevelDeep()
    {
        var comments = await DbAsync(db => db.Comments.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Select(c => new { c.Id, c.ParentId, c.IdeaId }).ToListAsync());
        var byId = comments.ToDictionary(c => c.Id);

        foreach (var reply in comments.Where(c => c.ParentId is not null))
        {
            var parent = byId[reply.ParentId!.Value];
            parent.ParentId.ShouldBeNull();
            parent.IdeaId.ShouldBe(reply.IdeaId);
        }
    }

    [Fact]
    public async Task EveryCategory_MapsToAnExistingTheme()
    {
        var themes = (await DbAsync(db => db.Themes.Select(t => t.Id).ToListAsync())).ToHashSet();
        var categories = await DbAsync(db => db.Categories.IgnoreQueryFilters([TenantFilter.Name]).Select(c => new { c.Key, c.ThemeId, c.TenantId }).ToListAsync());

        categories.Count.ShouldBeGreaterThanOrEqualTo(6 * 5);
        categories.ShouldAllBe(c => themes.Contains(c.ThemeId));
        categories.Select(c => c.TenantId).Distinct().Count().ShouldBe(6);
        DemoContent.Cities.SelectMany(c => c.Categories).ShouldAllBe(c => DemoContent.Themes.Any(t => t.Key == c.ThemeKey));
    }

    [Fact]
    public async Task DemoFirm_HasAValidBusinessId()
    {
        var firm = await DbAsync(db => db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Firm));

        BusinessId.IsValid(firm.BusinessId).ShouldBeTrue(firm.BusinessId);
    }

    [Fact]
    public async Task SeedersRunAgain_ChangeNothing()
    {
        var before = await DbAsync(CountAllAsync);
        var themeNames = await DbAsync(db => db.Themes.OrderBy(t => t.Key).Select(t => t.NameFi).ToListAsync());

        var seededAgain = await Services.RunAsync(async sp =>
        {
            await sp.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
            return await sp.GetRequiredService<DemoDataSeeder>().SeedAsync(Databases.DemoPassword);
        });

        seededAgain.ShouldBeFalse();
        var after = await DbAsync(CountAllAsync);
        after.ShouldBe(before);
        (await DbAsync(db => db.Themes.OrderBy(t => t.Key).Select(t => t.NameFi).ToListAsync())).ShouldBe(themeNames);
    }

    [Fact]
    public async Task ReferenceSeeder_DoesNotOverwriteACitysEdits()
    {
        var turku = await CityIdAsync("turku");
        await DbAsync(async db =>
        {
            var city = await db.Cities.SingleAsync(c => c.Id == turku);
            city.Rename("Turun kaupunki", "Åbo stad", "City of Turku");
            city.SetAccountability(25, 30);
            await db.SaveChangesAsync();
        });

        await Services.RunAsync(sp => sp.GetRequiredService<ReferenceDataSeeder>().SeedAsync());

        var after = await DbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Id == turku));
        after.NameFi.ShouldBe("Turun kaupunki");
        after.SupportThreshold.ShouldBe(25);
    }

    [Fact]
    public void StableGuid_IsTheSameForTheSameNameOnly()
    {
        StableGuid.For("city", "helsinki").ShouldBe(StableGuid.For("city", "helsinki"));
        StableGuid.For("city", "helsinki").ShouldNotBe(StableGuid.For("city", "espoo"));
        StableGuid.For("city", "helsinki").ShouldNotBe(StableGuid.For("theme", "helsinki"));
        StableGuid.For("city", "helsinki").Version.ShouldBe(5);
    }
}
