using CoDesign.Application.Persistence;
using CoDesign.Domain.Accessibility;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Voting;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Tenancy;

/// <summary>One city's data is neither visible nor changeable from another city, on both providers.</summary>
public abstract class CrossCityIsolationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private TestServices _services = null!;
    private Guid _helsinki;
    private Guid _espoo;

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(provider);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);
        (_helsinki, _espoo) = await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            return (await db.Cities.Where(c => c.Slug == "helsinki").Select(c => c.Id).SingleAsync(),
                    await db.Cities.Where(c => c.Slug == "espoo").Select(c => c.Id).SingleAsync());
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task EveryCitySet_InsideHelsinki_ReturnsOnlyHelsinkiRows()
    {
        using var _ = _services.Tenant.Change(_helsinki, "helsinki");
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            await AssertOnlyAsync(db.Ideas, _helsinki);
            await AssertOnlyAsync(db.Votes, _helsinki);
            await AssertOnlyAsync(db.Comments, _helsinki);
            await AssertOnlyAsync(db.Categories, _helsinki);
            await AssertOnlyAsync(db.CityRoleAssignments, _helsinki);
            await AssertOnlyAsync(db.AccessibilityFeedback, _helsinki);

            // The same sets hold other cities' rows too: the filter, not the data, made the difference.
            (await db.Ideas.IgnoreQueryFilters([TenantFilter.Name]).CountAsync(i => i.TenantId != _helsinki)).ShouldBeGreaterThan(0);
        });
    }

    [Fact]
    public async Task CityData_OutsideAnyCity_IsInvisible()
    {
        using var _ = _services.Tenant.Change(null);
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            (await db.Ideas.CountAsync()).ShouldBe(0);
            (await db.Votes.CountAsync()).ShouldBe(0);
            (await db.CityRoleAssignments.CountAsync()).ShouldBe(0);
        });
    }

    [Fact]
    public async Task IdeaOfEspoo_LookedUpByIdFromHelsinki_IsNotFound()
    {
        var espooIdea = await EspooIdeaIdAsync();
        using var _ = _services.Tenant.Change(_helsinki, "helsinki");
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ICoDesignDbContext>();
            (await db.Ideas.FirstOrDefaultAsync(i => i.Id == espooIdea)).ShouldBeNull();
            (await db.Ideas.FindAsync(espooIdea)).ShouldBeNull();
            (await db.Comments.AnyAsync(c => c.IdeaId == espooIdea)).ShouldBeFalse();
        });
    }

    [Fact]
    public async Task EspooIdea_ChangedAndSavedInsideHelsinki_IsRefusedAndUnchanged()
    {
        var espooIdea = await EspooIdeaIdAsync();
        string? originalTitle = null;
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            Idea idea;
            using (_services.Tenant.Change(_espoo, "espoo"))
            {
                idea = await db.Ideas.SingleAsync(i => i.Id == espooIdea);
                originalTitle = idea.Title;
            }

            using (_services.Tenant.Change(_helsinki, "helsinki"))
            {
                idea.ChangeStatus(IdeaStatus.Hidden, DateTime.UtcNow);
                await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());
            }
        });

        await AssertEspooIdeaUnchangedAsync(espooIdea, originalTitle!);
    }

    [Fact]
    public async Task EspooIdea_DeletedInsideHelsinki_IsRefused()
    {
        var espooIdea = await EspooIdeaIdAsync();
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            Idea idea;
            using (_services.Tenant.Change(_espoo, "espoo"))
            {
                idea = await db.Ideas.SingleAsync(i => i.Id == espooIdea);
            }

            using (_services.Tenant.Change(_helsinki, "helsinki"))
            {
                db.Ideas.Remove(idea);
                await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());
            }
        });

        await AssertEspooIdeaExistsAsync(espooIdea);
    }

    [Fact]
    public async Task RowForEspoo_AddedInsideHelsinki_IsRefused()
    {
        using var _ = _services.Tenant.Change(_helsinki, "helsinki");
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            db.CityRoleAssignments.Add(new CityRoleAssignment(Guid.NewGuid(), _espoo, Guid.NewGuid(), CityRole.CityAdmin, null, DateTime.UtcNow));
            await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task NewCityRow_WithoutTenantId_IsStampedWithTheCurrentCity()
    {
        Guid id;
        using (_services.Tenant.Change(_espoo, "espoo"))
        {
            id = await _services.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<CoDesignDbContext>();
                var feedback = new AccessibilityFeedback(Guid.NewGuid(), Guid.Empty, "Kontrasti on liian heikko.", null, null, null, null, DateTime.UtcNow);
                db.AccessibilityFeedback.Add(feedback);
                await db.SaveChangesAsync();
                return feedback.Id;
            });
        }

        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var tenant = await db.AccessibilityFeedback.IgnoreQueryFilters([TenantFilter.Name]).Where(f => f.Id == id).Select(f => f.TenantId).SingleAsync();
            tenant.ShouldBe(_espoo);
        });
    }

    [Fact]
    public async Task CityRow_AddedOutsideAnyCity_IsRefused()
    {
        using var _ = _services.Tenant.Change(null);
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            db.AccessibilityFeedback.Add(new AccessibilityFeedback(Guid.NewGuid(), _espoo, "Viesti", null, null, null, null, DateTime.UtcNow));
            await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task BulkUpdate_FromHelsinki_DoesNotReachEspooRows()
    {
        var espooIdea = await EspooIdeaIdAsync();
        string? title = null;
        using (_services.Tenant.Change(_espoo, "espoo"))
        {
            title = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.Where(i => i.Id == espooIdea).Select(i => i.Title).SingleAsync());
        }

        using (_services.Tenant.Change(_helsinki, "helsinki"))
        {
            var affected = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas
                .Where(i => i.Id == espooIdea)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.VoteCount, 999_999)));
            affected.ShouldBe(0);
            var deleted = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Votes.Where(v => v.IdeaId == espooIdea).ExecuteDeleteAsync());
            deleted.ShouldBe(0);
        }

        await AssertEspooIdeaUnchangedAsync(espooIdea, title!);
    }

    private async Task<Guid> EspooIdeaIdAsync()
    {
        using var _ = _services.Tenant.Change(_espoo, "espoo");
        return await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.Where(i => i.VoteCount > 0).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
    }

    private async Task AssertEspooIdeaUnchangedAsync(Guid id, string title)
    {
        using var _ = _services.Tenant.Change(_espoo, "espoo");
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var idea = await db.Ideas.AsNoTracking().SingleAsync(i => i.Id == id);
            idea.Title.ShouldBe(title);
            idea.Status.ShouldNotBe(IdeaStatus.Hidden);
            idea.VoteCount.ShouldBe(await db.Votes.CountAsync(v => v.IdeaId == id));
            idea.VoteCount.ShouldBeLessThan(999_999);
        });
    }

    private async Task AssertEspooIdeaExistsAsync(Guid id)
    {
        using var _ = _services.Tenant.Change(_espoo, "espoo");
        (await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.AnyAsync(i => i.Id == id))).ShouldBeTrue();
    }

    private static async Task AssertOnlyAsync<T>(IQueryable<T> set, Guid city)
        where T : class, IMultiTenant
    {
        var tenants = await set.Select(e => e.TenantId).Distinct().ToListAsync();
        tenants.ShouldAllBe(t => t == city);
    }
}
