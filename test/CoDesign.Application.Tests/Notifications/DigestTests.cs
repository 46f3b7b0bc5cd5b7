using CoDesign.Application.Ideas;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Tenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application.Tests.Notifications;

/// <summary>Events become notifications and, by preference, immediate mail or one digest per period; written once, on each provider.</summary>
public abstract class DigestTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private TestServices? _services;

    protected TestServices Services => _services!;

    protected City Helsinki { get; private set; } = null!;

    protected DateTime Now => Services.Clock.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        _database = await Databases.CreateSeededAsync(provider);
        _services = TestServices.Create(provider, _database.ConnectionString);
        Helsinki = await DbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Slug == "helsinki"));
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected Task<T> DbAsync<T>(Func<ICoDesignDbContext, Task<T>> query) =>
        Services.RunAsync(sp => query(sp.GetRequiredService<ICoDesignDbContext>()));

    protected async Task<List<Guid>> FollowersAsync(Guid ideaId, int count, string language, NotificationFrequency? responses = null)
    {
        var users = await TestData.NewUsersAsync(Services, count, language);
        using var _ = Services.Tenant.Change(Helsinki.Id, Helsinki.Slug);
        await Services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ICoDesignDbContext>();
            foreach (var u in users)
            {
                db.IdeaFollowers.Add(new IdeaFollower(Guid.NewGuid(), Helsinki.Id, ideaId, u, Now));
                if (responses is { } f)
                {
                    db.NotificationPreferences.Add(new NotificationPreference(Guid.NewGuid(), u, NotificationKinds.Response, f, Now));
                }
            }

            await db.SaveChangesAsync();
        });
        return users;
    }

    protected async Task RespondAsync(Guid ideaId, string status = nameof(IdeaStatus.UnderReview))
    {
        var official = await DbAsync(db => db.Users.Where(u => u.Email == "helsinki-official@demo.codesign.fi").Select(u => u.Id).SingleAsync());
        Services.User.SignIn(official);
        using var _ = Services.Tenant.Change(Helsinki.Id, Helsinki.Slug);
        await Services.RunAsync(sp => sp.GetRequiredService<ResponseAppService>().RespondAsync(ideaId, new ResponseInput(status, "Selvitämme asiaa.", "Vi utreder saken.", null)));
        Services.User.SignOut();
    }

    protected async Task<DigestRunResult> RunDigestAsync(DateTime? at = null)
    {
        using var _ = Services.Tenant.Change(Helsinki.Id, Helsinki.Slug);
        return await Services.RunAsync(sp => sp.GetRequiredService<DigestHandler>().RunCityAsync(at ?? Now));
    }

    protected Task<List<OutboxMail>> MailsToAsync(IEnumerable<Guid> users)
    {
        var ids = users.ToList();
        return DbAsync(db => db.OutboxMails.AsNoTracking().Where(m => m.RecipientUserId != null && ids.Contains(m.RecipientUserId.Value)).ToListAsync());
    }

    [Fact]
    public async Task Response_ForImmediateFollower_QueuesMailWithTheResponse()
    {
        var idea = await TestData.NewIdeaAsync(Services, Helsinki, "Lisää penkkejä rantareitille");
        var followers = await FollowersAsync(idea, 2, "sv");

        await RespondAsync(idea);

        var mails = await MailsToAsync(followers);
        mails.Count.ShouldBe(2);
        mails.ShouldAllBe(m => m.Kind == "notify." + NotificationKinds.Response && m.TenantId == Helsinki.Id && m.UnsubscribeUrl != null);
        mails[0].Subject.ShouldBe("Helsingfors: svar på idén ”Lisää penkkejä rantareitille”");
        mails[0].TextBody.ShouldContain("Vi utreder saken.");
        var notes = await DbAsync(db => db.Notifications.IgnoreQueryFilters().Where(n => followers.Contains(n.UserId)).ToListAsync());
        notes.Count.ShouldBe(2);
        notes.ShouldAllBe(n => n.MailedAt != null);

        // Nothing is left for the digest: the mail went already.
        (await RunDigestAsync()).Queued.ShouldBe(0);
    }

    [Fact]
    public async Task Digest_GivesEachDailyRecipientOneMailInTheirLanguage_AndARerunAddsNothing()
    {
        var idea = await TestData.NewIdeaAsync(Services, Helsinki, "Kirjastoon lisää aukioloaikoja");
        var finns = await FollowersAsync(idea, 2, "fi", NotificationFrequency.Daily);
        var swedes = await FollowersAsync(idea, 1, "sv", NotificationFrequency.Daily);
        await RespondAsync(idea);
        (await MailsToAsync(finns.Concat(swedes))).ShouldBeEmpty();

        var first = await RunDigestAsync();
        var again = await RunDigestAsync();

        first.Queued.ShouldBe(3);
        again.Queued.ShouldBe(0);
        var mails = await MailsToAsync(finns.Concat(swedes));
        mails.Count.ShouldBe(3);
        mails.ShouldAllBe(m => m.Kind == MailKinds.DailyDigest && m.DedupKey.EndsWith(":2026-11-23", StringComparison.Ordinal));
        var fi = mails.First(m => m.RecipientUserId == finns[0]);
        fi.Subject.ShouldBe("Helsinki: päivän kooste");
        fi.TextBody.ShouldContain("Kirjastoon lisää aukioloaikoja");
        fi.TextBody.ShouldContain("Tila nyt: Käsittelyssä");
        fi.HtmlBody!.ShouldContain("<h2");
        fi.HtmlBody!.ShouldContain("lang=\"fi\"");
        var sv = mails.Single(m => m.RecipientUserId == swedes[0]);
        sv.Subject.ShouldBe("Helsingfors: dagens sammanfattning");
        sv.HtmlBody!.ShouldContain("lang=\"sv\"");
    }

    [Fact]
    public async Task Digest_OnlyPeopleWithSomethingNewGetOne()
    {
        var idea = await TestData.NewIdeaAsync(Services, Helsinki, "Uimahallin aukiolo sunnuntaisin");
        var followers = await FollowersAsync(idea, 2, "fi", NotificationFrequency.Daily);
        await RespondAsync(idea);
        (await RunDigestAsync()).Queued.ShouldBe(2);

        // The next day, one new comment: its author's own digest has nothing new, the other follower gets it.
        Services.Clock.Advance(TimeSpan.FromDays(1));
        Services.User.SignIn(followers[0]);
        using (Services.Tenant.Change(Helsinki.Id, Helsinki.Slug))
        {
            await Services.RunAsync(sp => sp.GetRequiredService<CommentAppService>().AddAsync(idea, null, "Hyvä idea, kannatan!"));
        }

        Services.User.SignOut();
        var next = await RunDigestAsync();

        next.Queued.ShouldBe(1);
        var mails = await MailsToAsync(followers);
        mails.Count(m => m.RecipientUserId == followers[1]).ShouldBe(2);
        mails.Count(m => m.RecipientUserId == followers[0]).ShouldBe(1);
        mails.Single(m => m.RecipientUserId == followers[1] && m.DedupKey.EndsWith(":2026-11-24", StringComparison.Ordinal)).TextBody.ShouldContain("Uusia kommentteja: 1");
    }

    [Fact]
    public async Task Never_And_Weekly_AreRespected()
    {
        var idea = await TestData.NewIdeaAsync(Services, Helsinki, "Pyöräteiden talvikunnossapito");
        var never = await FollowersAsync(idea, 1, "fi", NotificationFrequency.Never);
        var weekly = await FollowersAsync(idea, 1, "en", NotificationFrequency.Weekly);
        await RespondAsync(idea);

        // Tuesday: no weekly digest yet; the next Monday it comes, and "never" never gets mail.
        (await RunDigestAsync(Now.AddDays(1))).Queued.ShouldBe(0);
        (await RunDigestAsync(Now.AddDays(7))).Queued.ShouldBe(1);

        (await MailsToAsync(never)).ShouldBeEmpty();
        var mail = (await MailsToAsync(weekly)).ShouldHaveSingleItem();
        mail.Kind.ShouldBe(MailKinds.WeeklyDigest);
        mail.Subject.ShouldBe("Helsinki: your weekly digest");
        mail.DedupKey.ShouldEndWith(":2026-W49");
    }

    [Fact]
    public async Task Unsubscribe_FromTheDailyDigestLink_StopsTheNextDigest()
    {
        var idea = await TestData.NewIdeaAsync(Services, Helsinki, "Puistoihin lisää roska-astioita");
        var followers = await FollowersAsync(idea, 2, "fi", NotificationFrequency.Daily);
        await RespondAsync(idea);
        await RunDigestAsync();
        var link = (await MailsToAsync([followers[0]])).Single().UnsubscribeUrl!;
        var token = link[(link.LastIndexOf('/') + 1)..];

        var result = await Services.RunAsync(sp => sp.GetRequiredService<NotificationPreferencesAppService>().UnsubscribeAsync(token));

        result!.StoppedKinds.ShouldContain(NotificationKinds.Response);
        Services.Clock.Advance(TimeSpan.FromDays(1));
        await RespondAsync(idea, nameof(IdeaStatus.Accepted));
        (await RunDigestAsync()).Queued.ShouldBe(1);
        (await MailsToAsync([followers[0]])).Count.ShouldBe(1);
        (await MailsToAsync([followers[1]])).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Unsubscribe_WithAForgedOrAlteredToken_ChangesNothing()
    {
        var users = await TestData.NewUsersAsync(Services, 1);
        var tokens = Services.Services.GetRequiredService<IUnsubscribeTokens>();
        var good = tokens.Create(users[0], NotificationKinds.Response);
        var altered = good[..^2] + (good[^2] == 'A' ? "BB" : "AA");

        var prefs = Services.Services.GetRequiredService<IServiceScopeFactory>();
        await using var scope = prefs.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<NotificationPreferencesAppService>();
        (await service.UnsubscribeAsync(altered)).ShouldBeNull();
        (await service.UnsubscribeAsync("not-a-token")).ShouldBeNull();
        (await service.UnsubscribeAsync(tokens.Create(Guid.NewGuid(), NotificationKinds.Response))).ShouldBeNull();
        (await DbAsync(db => db.NotificationPreferences.CountAsync(p => p.UserId == users[0]))).ShouldBe(0);
    }

    [Fact]
    public async Task Retention_DeletesOldNotificationsAndMailLog_ButNeverPendingMail()
    {
        var idea = await TestData.NewIdeaAsync(Services, Helsinki, "Vanhat ilmoitukset pois");
        var user = (await TestData.NewUsersAsync(Services, 1))[0];
        var old = Now.AddDays(-400);
        using (Services.Tenant.Change(Helsinki.Id, Helsinki.Slug))
        {
            await Services.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<ICoDesignDbContext>();
                db.Notifications.Add(new Notification(Guid.NewGuid(), Helsinki.Id, user, NotificationKinds.Comment, idea, Guid.NewGuid(), old));
                db.Notifications.Add(new Notification(Guid.NewGuid(), Helsinki.Id, user, NotificationKinds.Comment, idea, Guid.NewGuid(), Now.AddDays(-10)));
                var sent = new OutboxMail(Guid.NewGuid(), null, "old@example.fi", "Vanha", "t", null, "test.retention", "test.retention:sent", old);
                sent.MarkSent(old);
                db.OutboxMails.Add(sent);
                db.OutboxMails.Add(new OutboxMail(Guid.NewGuid(), null, "waiting@example.fi", "Odottaa", "t", null, "test.retention", "test.retention:pending", old));
                db.OutboxMails.Add(new OutboxMail(Guid.NewGuid(), null, "new@example.fi", "Uusi", "t", null, "test.retention", "test.retention:new", Now));
                await db.SaveChangesAsync();
            });
        }

        var result = await Services.RunAsync(sp => sp.GetRequiredService<RetentionHandler>().RunAsync());

        result.Notifications.ShouldBe(1);
        result.Mails.ShouldBe(1);
        (await DbAsync(db => db.Notifications.IgnoreQueryFilters().CountAsync(n => n.UserId == user))).ShouldBe(1);
        (await DbAsync(db => db.OutboxMails.Where(m => m.Kind == "test.retention").Select(m => m.ToAddress).OrderBy(a => a).ToListAsync())).ShouldBe(["new@example.fi", "waiting@example.fi"]);
    }

    [Fact]
    public async Task ThresholdVote_NotifiesOfficials_InTheVotesTransaction()
    {
        using (Services.Tenant.Change(Helsinki.Id, Helsinki.Slug))
        {
            await Services.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<CoDesignDbContext>();
                var city = await db.Cities.SingleAsync(c => c.Id == Helsinki.Id);
                city.SetAccountability(2, 30);
                city.SetVoting(true, null, null, null);
                await db.SaveChangesAsync();
            });
        }

        var idea = await TestData.NewIdeaAsync(Services, Helsinki, "Koirapuisto Kallioon");
        var voters = await TestData.NewUsersAsync(Services, 3);
        foreach (var voter in voters)
        {
            Services.User.SignIn(voter);
            using var _ = Services.Tenant.Change(Helsinki.Id, Helsinki.Slug);
            await Services.RunAsync(sp => sp.GetRequiredService<VoteAppService>().VoteAsync(idea));
        }

        var officialIds = await DbAsync(db => db.CityRoleAssignments.IgnoreQueryFilters().Where(r => r.TenantId == Helsinki.Id && r.Role == Domain.Identity.CityRole.Official).Select(r => r.UserId).ToListAsync());
        var notes = await DbAsync(db => db.Notifications.IgnoreQueryFilters().Where(n => n.IdeaId == idea && n.Kind == NotificationKinds.ThresholdReached).ToListAsync());
        notes.Select(n => n.UserId).OrderBy(u => u).ShouldBe(officialIds.OrderBy(u => u));
    }
}

public sealed class DigestTestsOnSqlite() : DigestTests(DatabaseProvider.Sqlite);

public sealed class DigestTestsOnPostgres() : DigestTests(DatabaseProvider.PostgreSql)
{
    [Fact]
    public async Task TwoRunsAtOnce_StillOneDigestPerPerson()
    {
        var idea = await TestData.NewIdeaAsync(Services, Helsinki, "Lähiliikuntapaikka koulun pihalle");
        var followers = await FollowersAsync(idea, 60, "fi", NotificationFrequency.Daily);
        await RespondAsync(idea);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => RunDigestAsync())));

        runs.Sum(r => r.Queued).ShouldBe(60);
        var mails = await MailsToAsync(followers);
        mails.Count.ShouldBe(60);
        mails.Select(m => m.RecipientUserId).Distinct().Count().ShouldBe(60);
        (await DbAsync(db => db.Notifications.IgnoreQueryFilters().CountAsync(n => n.IdeaId == idea && n.MailedAt == null))).ShouldBe(0);
    }
}
