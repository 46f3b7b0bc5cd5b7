using CoDesign.Application.Persistence;
using CoDesign.Domain.Coordination;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Seeding;

/// <summary>
/// Data every installation has: the shared themes, the six founding cities with their categories,
/// and the platform roles. Idempotent: it adds what is missing and never overwrites a city's edits.
/// </summary>
public sealed class ReferenceDataSeeder(ICoDesignDbContext db, ICurrentTenant currentTenant, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        var themes = await db.Themes.ToDictionaryAsync(t => t.Key, cancellationToken).ConfigureAwait(false);
        var order = 0;
        foreach (var seed in DemoContent.Themes)
        {
            order++;
            if (!themes.ContainsKey(seed.Key))
            {
                var theme = new Theme(StableGuid.For("theme", seed.Key), seed.Key, seed.Name.Fi, seed.Name.Sv, seed.Name.En, order);
                db.Themes.Add(theme);
                themes[seed.Key] = theme;
            }
        }

        foreach (var roleName in PlatformRoles.All)
        {
            var normalized = roleName.ToUpperInvariant();
            if (!await db.Roles.AnyAsync(r => r.NormalizedName == normalized, cancellationToken).ConfigureAwait(false))
            {
                db.Roles.Add(new IdentityRole<Guid>(roleName) { Id = StableGuid.For("role", roleName), NormalizedName = normalized, ConcurrencyStamp = Guid.NewGuid().ToString() });
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var existing = await db.Cities.ToDictionaryAsync(c => c.Slug, cancellationToken).ConfigureAwait(false);
        foreach (var seed in DemoContent.Cities)
        {
            if (!existing.TryGetValue(seed.Slug, out var city))
            {
                city = new City(StableGuid.For("city", seed.Slug), seed.Slug, seed.Name.Fi, seed.Name.Sv, seed.Name.En, now);
                db.Cities.Add(city);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            // Categories added to the seed later reach existing cities too; a city's own edits stay.
            using (currentTenant.Change(city.Id, city.Slug))
            {
                var keys = await db.Categories.Select(c => c.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
                var sort = keys.Count;
                foreach (var cat in seed.Categories.Where(c => !keys.Contains(c.Key)))
                {
                    sort++;
                    db.Categories.Add(new Category(StableGuid.For("category", seed.Slug + "/" + cat.Key), city.Id, cat.Key, themes[cat.ThemeKey].Id, cat.Name.Fi, cat.Name.Sv, cat.Name.En, sort));
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
