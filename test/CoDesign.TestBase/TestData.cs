using CoDesign.Domain.Identity;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Tenancy;
using CoDesign.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.TestBase;

/// <summary>Rows tests make for themselves: fresh people and fresh published ideas.</summary>
public static class TestData
{
    /// <summary>Confirmed accounts with unique addresses (no password: they act through services).</summary>
    public static Task<List<Guid>> NewUsersAsync(TestServices services, int count, string language = "fi")
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var id = Guid.NewGuid();
                var email = $"user-{id:N}@test.codesign.fi";
                db.Users.Add(new AppUser { Id = id, Email = email, UserName = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), DisplayName = "Testaaja", SecurityStamp = Guid.NewGuid().ToString(), CreatedAt = DateTime.UtcNow, EmailConfirmed = true, PreferredLanguage = language });
                ids.Add(id);
            }

            await db.SaveChangesAsync();
            return ids;
        });
    }

    /// <summary>A published idea in the city's first category.</summary>
    public static async Task<Guid> NewIdeaAsync(TestServices services, City city, string title = "Testi-idea rinnakkaisuudelle")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(city);
        using var _ = services.Tenant.Change(city.Id, city.Slug);
        return await services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var category = await db.Categories.OrderBy(c => c.SortOrder).FirstAsync();
            var idea = IdeaManager.CreateIdea(city, category, title, "Testi.", "fi", null, null, ParticipationChannel.Online, DateTime.UtcNow);
            idea.Publish(DateTime.UtcNow);
            db.Ideas.Add(idea);
            await db.SaveChangesAsync();
            return idea.Id;
        });
    }
}
