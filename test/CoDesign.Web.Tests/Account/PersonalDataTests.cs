using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Account;

/// <summary>"Download my data": the person's own data from every city, and nobody else's.</summary>
public sealed class PersonalDataTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Download_HoldsTheCallersOwnData_FromEveryCity()
    {
        const string email = "resident4@demo.codesign.fi";
        using var browser = await SignIn.BrowserAsync(app, email);

        var response = await browser.Http.GetAsync(new Uri("/account/manage/data?handler=Download", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.ShouldStartWith("codesign-my-data-");
        var data = await response.Content.ReadFromJsonAsync<JsonElement>();
        data.GetProperty("profile").GetProperty("email").GetString().ShouldBe(email);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoDesignDbContext>();
        var me = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var votes = await db.Votes.IgnoreQueryFilters().CountAsync(v => v.VoterId == me);
        var comments = await db.Comments.IgnoreQueryFilters().CountAsync(c => c.AuthorId == me);
        var ideas = await db.Ideas.IgnoreQueryFilters().CountAsync(i => i.AuthorId == me);
        (votes + comments + ideas).ShouldBeGreaterThan(0, "the demo resident has taken part");
        data.GetProperty("votes").GetArrayLength().ShouldBe(votes);
        data.GetProperty("comments").GetArrayLength().ShouldBe(comments);
        data.GetProperty("ideas").GetArrayLength().ShouldBe(ideas);
        data.GetProperty("memberships").GetArrayLength().ShouldBe(await db.OrganisationMembers.CountAsync(m => m.UserId == me));

        // Nobody else's address or name is in it.
        var others = await db.Users.Where(u => u.Id != me && u.Email!.StartsWith("resident")).Select(u => u.Email!).ToListAsync();
        var text = data.GetRawText();
        others.ShouldAllBe(o => !text.Contains(o, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Api_NeedsSignIn_AndAnswersForTheCaller()
    {
        using var anonymous = app.CreateRealClient();
        (await anonymous.GetAsync(new Uri("/api/v1/me/data", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(new Uri("/account/manage/data?handler=Download", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var api = await SignIn.ApiAsync(app, "resident9@demo.codesign.fi");
        var data = await api.GetFromJsonAsync<JsonElement>("/api/v1/me/data");
        data.GetProperty("profile").GetProperty("email").GetString().ShouldBe("resident9@demo.codesign.fi");
    }
}
