using System.Net;
using System.Net.Http.Json;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Notifications;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Account;

/// <summary>"Delete my account": personal data erased, content and votes kept without the person, sign-in gone.</summary>
public sealed class AccountDeletionTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Email = "resident37@demo.codesign.fi";

    [Fact]
    public async Task Delete_ErasesThePerson_KeepsTheirCommentAndVotes_AndEndsSignIn()
    {
        // Something of everything: a comment, a pending mail, a preference, a notification.
        Guid me, ideaId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoDesignDbContext>();
            me = await db.Users.Where(u => u.Email == Email).Select(u => u.Id).SingleAsync();
            ideaId = await (from i in db.Ideas.IgnoreQueryFilters()
                            join c in db.Cities on i.TenantId equals c.Id
                            where c.Slug == "helsinki" && i.Status == IdeaStatus.Published
                            select i.Id).FirstAsync();
            db.NotificationPreferences.Add(new NotificationPreference(Guid.NewGuid(), me, NotificationKinds.Comment, NotificationFrequency.Weekly, DateTime.UtcNow));
            db.OutboxMails.Add(new OutboxMail(Guid.NewGuid(), null, Email, "Odottaa", "t", null, "test.erasure", "test.erasure:" + Guid.NewGuid().ToString("N"), DateTime.UtcNow.AddHours(1)) { RecipientUserId = me });
            await db.SaveChangesAsync();
        }

        using var api = await SignIn.ApiAsync(app, Email);
        (await api.PostAsJsonAsync($"/api/v1/cities/helsinki/ideas/{ideaId}/comments", new { body = "Kommentti ennen tilin poistoa." })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await api.GetAsync(new Uri("/api/v1/me/data", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var votesBefore = await QueryAsync(db => db.Votes.IgnoreQueryFilters().Where(v => v.VoterId == me).Select(v => v.IdeaId).ToListAsync());
        var countsBefore = await QueryAsync(db => db.Ideas.IgnoreQueryFilters().Where(i => votesBefore.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.VoteCount));

        using var browser = await SignIn.BrowserAsync(app, Email);
        var form = await browser.GetAsync("/account/manage/delete");
        var wrong = await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Password"] = "väärä salasana tähän", ["Confirm"] = "true" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browserless.Page.ReadAsync(wrong)).Html.ShouldContain("aria-invalid=\"true\"");
        (await QueryAsync(db => db.Users.Where(u => u.Id == me).Select(u => u.DeletedAt).SingleAsync())).ShouldBeNull();

        var done = await browser.SubmitAsync(await browser.GetAsync("/account/manage/delete"), "main form", new Dictionary<string, string> { ["Password"] = Databases.DemoPassword, ["Confirm"] = "true" });
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.OriginalString.ShouldBe("/account/deleted");

        var user = await QueryAsync(db => db.Users.SingleAsync(u => u.Id == me));
        user.DeletedAt.ShouldNotBeNull();
        user.Email.ShouldNotBe(Email);
        user.Email!.ShouldEndWith("@deleted.invalid");
        user.DisplayName.ShouldBeEmpty();
        user.PasswordHash.ShouldBeNull();
        (await QueryAsync(db => db.NotificationPreferences.CountAsync(p => p.UserId == me))).ShouldBe(0);
        (await QueryAsync(db => db.Notifications.IgnoreQueryFilters().CountAsync(n => n.UserId == me))).ShouldBe(0);
        (await QueryAsync(db => db.IdeaFollowers.IgnoreQueryFilters().CountAsync(f => f.UserId == me))).ShouldBe(0);
        (await QueryAsync(db => db.OutboxMails.CountAsync(m => m.Kind == "test.erasure"))).ShouldBe(0);

        // Votes still count; the comment stays, signed by a deleted participant.
        (await QueryAsync(db => db.Ideas.IgnoreQueryFilters().Where(i => votesBefore.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.VoteCount))).ShouldBe(countsBefore);
        using var reader = new Browserless(app.BaseAddress);
        var page = await reader.GetAsync($"/helsinki/ideas/{ideaId}");
        page.Html.ShouldContain("Kommentti ennen tilin poistoa.");
        page.Html.ShouldContain("Poistettu osallistuja");

        // The old address and password sign in no more.
        using var again = new Browserless(app.BaseAddress);
        var login = await again.SubmitAsync(await again.GetAsync("/account/login"), "main form", new Dictionary<string, string> { ["Input.Email"] = Email, ["Input.Password"] = Databases.DemoPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync(new Uri("/api/v1/me/data", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the bearer token from before ends with the account");
        using var apiAgain = app.CreateRealClient();
        (await apiAgain.PostAsJsonAsync("/api/v1/auth/login", new { email = Email, password = Databases.DemoPassword })).IsSuccessStatusCode.ShouldBeFalse();
    }

    private async Task<T> QueryAsync<T>(Func<CoDesignDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CoDesignDbContext>());
    }
}
