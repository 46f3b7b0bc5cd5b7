using Bogus;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Organisations;
using CoDesign.Domain.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Seeding;

/// <summary>
/// Demo people and content for a try-out: staff of every role, fifty residents, a firm and an
/// association, and ideas, votes and comments in Finnish and Swedish. A fixed seed makes the
/// same people and ideas every time; dates are relative to the day of seeding so the demo looks alive.
/// Only ever run in the embedded or development mode.
/// </summary>
public sealed class DemoDataSeeder(ICoDesignDbContext db, ICurrentTenant currentTenant, IPasswordHasher<AppUser> hasher, TimeProvider clock)
{
    private const int Seed = 20261123;

    public async Task<bool> SeedAsync(string password, CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(u => u.Email == DemoAccounts.PlatformAdmin, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Randomizer(Seed);
        var fi = new Faker("fi") { Random = random };
        var sv = new Faker("sv") { Random = random };

        // One hash for every demo account: they share the password, and hashing sixty times would
        // cost seconds on every fresh start and in every test database.
        var passwordHash = hasher.HashPassword(new AppUser(), password);
        var users = new List<AppUser>();

        AppUser AddUser(string email, string displayName, string language)
        {
            var user = new AppUser
            {
                Id = random.Guid(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = displayName,
                PreferredLanguage = language,
                PasswordHash = passwordHash,
                SecurityStamp = random.Guid().ToString("N").ToUpperInvariant(),
                ConcurrencyStamp = random.Guid().ToString(),
                LockoutEnabled = true,
                CreatedAt = now.AddDays(-random.Int(200, 500)),
            };
            users.Add(user);
            db.Users.Add(user);
            return user;
        }

        var platformAdmin = AddUser(DemoAccounts.PlatformAdmin, "Alustan ylläpitäjä", "fi");
        var coordinator = AddUser(DemoAccounts.Coordinator, "Kaupunkien koordinaattori", "fi");
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, cancellationToken).ConfigureAwait(false);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = platformAdmin.Id, RoleId = roles[PlatformRoles.PlatformAdmin].Id });
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = coordinator.Id, RoleId = roles[PlatformRoles.Coordinator].Id });

        var cities = await db.Cities.OrderBy(c => c.Slug).ToListAsync(cancellationToken).ConfigureAwait(false);
        var staff = new List<(City City, AppUser User, CityRole Role)>();
        foreach (var city in cities)
        {
            staff.Add((city, AddUser(DemoAccounts.CityAdmin(city.Slug), $"{fi.Name.FullName()} ({city.NameFi})", "fi"), CityRole.CityAdmin));
            staff.Add((city, AddUser(DemoAccounts.Moderator(city.Slug), $"{sv.Name.FullName()} ({city.NameFi})", "sv"), CityRole.Moderator));
            staff.Add((city, AddUser(DemoAccounts.Official(city.Slug), $"{fi.Name.FullName()} ({city.NameFi})", "fi"), CityRole.Official));
        }

        var residents = new List<AppUser>();
        for (var n = 1; n <= DemoAccounts.Residents; n++)
        {
            // Roughly one in four residents uses Swedish, as in the bilingual capital region.
            var swedish = n % 4 == 0;
            var faker = swedish ? sv : fi;
            residents.Add(AddUser(DemoAccounts.Resident(n), $"{faker.Name.FirstName()} {faker.Name.LastName()[0]}.", swedish ? "sv" : "fi"));
        }

        var firm = Organisation.CreateFirm(random.Guid(), "Kaupunkiratkaisut Oy", BusinessId.Complete("2345678") ?? "2345678-0", now.AddDays(-300));
        var association = Organisation.CreateCommunity(random.Guid(), "Kallion asukasyhdistys ry", CommunityType.Association, now.AddDays(-280));
        db.Organisations.AddRange(firm, association);
        var firmMembers = residents.Take(3).ToList();
        var associationMembers = residents.Skip(3).Take(5).ToList();
        foreach (var (member, index) in firmMembers.Select((m, i) => (m, i)))
        {
            db.OrganisationMembers.Add(new OrganisationMember(random.Guid(), firm.Id, member.Id, index == 0, now.AddDays(-290)));
        }

        foreach (var (member, index) in associationMembers.Select((m, i) => (m, i)))
        {
            db.OrganisationMembers.Add(new OrganisationMember(random.Guid(), association.Id, member.Id, index == 0, now.AddDays(-270)));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        for (var c = 0; c < cities.Count; c++)
        {
            var city = cities[c];
            using (currentTenant.Change(city.Id, city.Slug))
            {
                foreach (var s in staff.Where(s => s.City.Id == city.Id))
                {
                    db.CityRoleAssignments.Add(new CityRoleAssignment(random.Guid(), city.Id, s.User.Id, s.Role, platformAdmin.Id, now.AddDays(-400)));
                }

                var official = staff.Single(s => s.City.Id == city.Id && s.Role == CityRole.Official).User.Id;
                await SeedCityContentAsync(city, c, residents, firmMembers, associationMembers, firm, association, official, random, now, cancellationToken).ConfigureAwait(false);
                await DemoProcesses.SeedAsync(db, city, DemoContent.Cities.First(s => s.Slug == city.Slug).Districts, now, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return true;
    }

    private async Task SeedCityContentAsync(
        City city,
        int cityIndex,
        List<AppUser> residents,
        List<AppUser> firmMembers,
        List<AppUser> associationMembers,
        Organisation firm,
        Organisation association,
        Guid officialId,
        Randomizer random,
        DateTime now,
        CancellationToken cancellationToken)
    {
        var seed = DemoContent.Cities.First(c => c.Slug == city.Slug);
        var categories = await db.Categories.ToListAsync(cancellationToken).ConfigureAwait(false);
        var themeKeys = await db.Themes.ToDictionaryAsync(t => t.Id, t => t.Key, cancellationToken).ConfigureAwait(false);

        // Residents take part mostly where they live, some in a second city too.
        var local = residents.Where((_, i) => i % 6 == cityIndex || i % 5 == cityIndex).ToList();
        var templates = random.Shuffle(DemoContent.Ideas).Take(random.Int(18, 26)).ToList();
        var ideas = new List<Idea>();
        foreach (var template in templates)
        {
            var fitting = categories.Where(k => themeKeys[k.ThemeId] == template.ThemeKey).ToList();
            var category = fitting.Count > 0 ? random.ListItem(fitting) : random.ListItem(categories);
            var speakers = local.Where(r => r.PreferredLanguage == template.Language).ToList();
            var author = random.ListItem(speakers.Count > 0 ? speakers : local);
            Guid? organisationId = null;
            if (firmMembers.Contains(author) && random.Bool(0.5f))
            {
                organisationId = firm.Id;
            }
            else if (associationMembers.Contains(author) && random.Bool(0.6f))
            {
                organisationId = association.Id;
            }

            var created = now.AddDays(-random.Int(3, 420)).AddMinutes(-random.Int(0, 1440));
            var channel = random.Int(0, 9) == 0 ? random.ArrayElement([ParticipationChannel.ServicePoint, ParticipationChannel.Phone, ParticipationChannel.Event]) : ParticipationChannel.Online;
            var idea = IdeaManager.CreateIdea(city, category, template.Title, template.Body, template.Language, channel == ParticipationChannel.Online ? author.Id : null, organisationId, channel, created);
            idea.SetPlace(random.ListItem(seed.Districts.ToList()), null, null);
            idea.Publish(created.AddHours(random.Int(1, 30)));
            ideas.Add(idea);
            db.Ideas.Add(idea);
        }

        foreach (var idea in ideas)
        {
            // A few ideas draw most of the support, as in real participation data.
            var share = Math.Pow(random.Double(), 2.5);
            var voters = random.Shuffle(local).Take((int)Math.Round(share * local.Count)).ToList();
            var at = idea.PublishedAt!.Value;
            foreach (var voter in voters)
            {
                at = at.AddMinutes(random.Int(5, 2000));
                if (at > now)
                {
                    at = now.AddMinutes(-random.Int(1, 600));
                }

                db.Votes.Add(IdeaManager.CastVote(city, idea, voter.Id, at));
            }

            var commentCount = random.Int(0, 4);
            var commentTime = idea.PublishedAt!.Value;
            Comment? previous = null;
            for (var k = 0; k < commentCount; k++)
            {
                var pool = DemoContent.Comments.Where(t => t.Language == idea.Language).ToList();
                var template = random.ListItem(pool.Count > 0 ? pool : DemoContent.Comments.ToList());
                commentTime = commentTime.AddHours(random.Int(1, 72));
                if (commentTime > now)
                {
                    commentTime = now.AddMinutes(-random.Int(1, 600));
                }

                var parent = previous is not null && previous.ParentId is null && random.Bool(0.3f) ? previous : null;
                var comment = IdeaManager.AddComment(idea, parent, random.ListItem(local).Id, template.Text, false, commentTime);
                db.Comments.Add(comment);
                previous = comment;
            }
        }

        // Some ideas already have an answer from the city.
        foreach (var idea in ideas.Where(_ => random.Bool(0.25f)))
        {
            var status = random.ArrayElement([IdeaStatus.UnderReview, IdeaStatus.Accepted, IdeaStatus.InProgress, IdeaStatus.Implemented, IdeaStatus.NotPursued]);
            var at = idea.PublishedAt!.Value.AddDays(random.Int(5, 60)) < now ? idea.PublishedAt!.Value.AddDays(random.Int(5, 60)) : now;

            // A real official response, so the timeline, response times and open data have something to show.
            var text = DemoContent.Responses[status];
            db.IdeaResponses.Add(idea.Respond(officialId, status, idea.Language == "fi" ? text.Fi : null, idea.Language == "sv" ? text.Sv : null, null, at));
        }
    }
}
