using System.Net;
using CoDesign.Application.Ideas;
using CoDesign.Application.Notifications;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Tenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Notifications;

/// <summary>The app's links in mail point at its public https address (as in production).</summary>
public sealed class DigestApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["App:PublicBaseUrl"] = "https://codesign.test",
    };
}

/// <summary>Digests as they reach a real SMTP server: right items, both parts, each language, unsubscribe headers that work.</summary>
public sealed class DigestMailTests(DigestApp app) : IClassFixture<DigestApp>, IAsyncLifetime
{
    private TestServices _services = null!;
    private City _helsinki = null!;

    public async Task InitializeAsync()
    {
        _services = TestServices.Create(DatabaseProvider.PostgreSql, app.Database.ConnectionString);
        _helsinki = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "helsinki"));
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task DailyDigest_ArrivesInFinnishAndSwedish_WithBothParts_AndOneClickUnsubscribeStopsTheNext()
    {
        var idea = await TestData.NewIdeaAsync(_services, _helsinki, "Saunalautta Hietaniemeen");
        var fi = (await TestData.NewUsersAsync(_services, 1, "fi"))[0];
        var sv = (await TestData.NewUsersAsync(_services, 1, "sv"))[0];
        await FollowDailyAsync(idea, fi, sv);
        await RespondAsync(idea, nameof(IdeaStatus.UnderReview));

        await RunDigestAsync(DateTime.UtcNow);

        var fiMail = (await Maildir.WaitForAsync(await EmailAsync(fi))).ShouldHaveSingleItem();
        var svMail = (await Maildir.WaitForAsync(await EmailAsync(sv))).ShouldHaveSingleItem();
        fiMail.Subject.ShouldBe("Helsinki: päivän kooste");
        fiMail.Text.ShouldContain("Vastaukset ja tilamuutokset");
        fiMail.Text.ShouldContain("Saunalautta Hietaniemeen");
        fiMail.Text.ShouldContain("Tila nyt: Käsittelyssä");
        var fiHtml = fiMail.Html.ShouldNotBeNull();
        fiHtml.ShouldContain("<html lang=\"fi\">");
        fiHtml.ShouldContain("<h2");
        fiHtml.ShouldContain($"href=\"https://codesign.test/helsinki/ideas/{idea}\"");
        fiMail.Headers["Content-Type"].ShouldStartWith("multipart/alternative");
        svMail.Subject.ShouldBe("Helsingfors: dagens sammanfattning");
        svMail.Text.ShouldContain("Svar och statusändringar");
        svMail.Text.ShouldContain("Status nu: Under behandling");
        svMail.Html!.ShouldContain("<html lang=\"sv\">");
        foreach (var mail in new[] { fiMail, svMail })
        {
            mail.Headers["List-Unsubscribe"].ShouldStartWith("<https://codesign.test/unsubscribe/");
            mail.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        }

        // Opening the link changes nothing (mail scanners open links); the one-click POST, without
        // any cookie or sign-in, stops the daily digest.
        var path = new Uri(fiMail.Headers["List-Unsubscribe"].Trim('<', '>')).AbsolutePath;
        using var anonymous = app.CreateRealClient();
        var page = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Haluatko lopettaa päivän koosteet?");
        (await FrequencyAsync(fi)).ShouldBe(NotificationFrequency.Daily);
        var click = await anonymous.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        click.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FrequencyAsync(fi)).ShouldBe(NotificationFrequency.Never);

        // The next day's news: the Swedish follower gets a second digest, the Finnish one nothing.
        await RespondAsync(idea, nameof(IdeaStatus.Accepted));
        await RunDigestAsync(DateTime.UtcNow.AddDays(1));
        var svMails = await Maildir.WaitForAsync(await EmailAsync(sv), 2);
        svMails.Count.ShouldBe(2);
        svMails[1].Text.ShouldContain("Status nu: Godkänd");
        Maildir.For(await EmailAsync(fi)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task UnsubscribeLink_ThatWasTamperedWith_Is400_AndChangesNothing()
    {
        var user = (await TestData.NewUsersAsync(_services, 1))[0];
        var token = _services.Services.GetRequiredService<IUnsubscribeTokens>().Create(user, NotificationKinds.Comment);
        using var anonymous = app.CreateRealClient();

        var response = await anonymous.PostAsync(new Uri("/unsubscribe/" + token[..^3] + "xyz", UriKind.Relative), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Linkki ei ole voimassa");
        (await FrequencyAsync(user, NotificationKinds.Comment)).ShouldBe(NotificationFrequency.Daily);
    }

    private async Task FollowDailyAsync(Guid idea, params Guid[] users)
    {
        using var _ = _services.Tenant.Change(_helsinki.Id, _helsinki.Slug);
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            foreach (var u in users)
            {
                db.IdeaFollowers.Add(new IdeaFollower(Guid.NewGuid(), _helsinki.Id, idea, u, DateTime.UtcNow));
                db.NotificationPreferences.Add(new NotificationPreference(Guid.NewGuid(), u, NotificationKinds.Response, NotificationFrequency.Daily, DateTime.UtcNow));
            }

            await db.SaveChangesAsync();
        });
    }

    private async Task RespondAsync(Guid idea, string status)
    {
        var official = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == "helsinki-official@demo.codesign.fi").Select(u => u.Id).SingleAsync());
        _services.User.SignIn(official);
        _services.Clock.Set(DateTimeOffset.UtcNow);
        using var _ = _services.Tenant.Change(_helsinki.Id, _helsinki.Slug);
        await _services.RunAsync(sp => sp.GetRequiredService<ResponseAppService>().RespondAsync(idea, new ResponseInput(status, "Selvitämme asiaa.", "Vi utreder saken.", null)));
        _services.User.SignOut();
    }

    /// <summary>The app's own digest handler (as its Hangfire job calls it), so links are the app's.</summary>
    private async Task RunDigestAsync(DateTime scheduledUtc)
    {
        var tenant = app.Services.GetRequiredService<ICurrentTenant>();
        using var _ = tenant.Change(_helsinki.Id, _helsinki.Slug);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DigestHandler>().RunCityAsync(scheduledUtc);
    }

    private Task<string> EmailAsync(Guid user) =>
        _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Id == user).Select(u => u.Email!).SingleAsync());

    private Task<NotificationFrequency> FrequencyAsync(Guid user, string kind = NotificationKinds.Response) =>
        _services.RunAsync(async sp =>
            await sp.GetRequiredService<CoDesignDbContext>().NotificationPreferences.Where(p => p.UserId == user && p.Kind == kind).Select(p => (NotificationFrequency?)p.Frequency).SingleOrDefaultAsync()
            ?? NotificationKinds.DefaultFrequency(kind));
}
