using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.Domain.Identity;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoDesign.Web.Tests.Account;

/// <summary>
/// The session rules ASVS level 2 asks for beyond sign-out: an absolute lifetime that use does not
/// extend, antiforgery on API writes that a cookie authenticates, and password hashes at 210,000
/// PBKDF2 rounds (older hashes replaced at the next sign-in).
/// </summary>
public sealed class SessionHardeningTests(SessionHardeningApp app) : IClassFixture<SessionHardeningApp>
{
    [Fact]
    public async Task ASessionInUse_StillEnds_AtTheAbsoluteLifetime_OfThirtyDays()
    {
        using var browser = await SignIn.BrowserAsync(app, "resident40@demo.codesign.fi");
        foreach (var days in new[] { 10, 10, 9 })
        {
            // Used every ten days, the sliding 14-day cookie is renewed each time: on its own it would never end.
            app.CookieClock.Advance(TimeSpan.FromDays(days));
            using var busy = await browser.Http.GetAsync(new Uri("/account/manage", UriKind.Relative));
            busy.StatusCode.ShouldBe(HttpStatusCode.OK, $"after {days} more days");
        }

        app.CookieClock.Advance(TimeSpan.FromDays(2));
        using var expired = await browser.Http.GetAsync(new Uri("/account/manage", UriKind.Relative));
        expired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        expired.Headers.Location!.ToString().ShouldContain("/account/login");

        using var again = await SignIn.BrowserAsync(app, "resident40@demo.codesign.fi");
        (await again.GetAsync("/account/manage")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ApiWrite_WithTheSessionCookie_NeedsTheAntiforgeryToken_AndChangesNothingWithout()
    {
        using var browser = await SignIn.BrowserAsync(app, "resident41@demo.codesign.fi");
        var idea = await OpenIdeaAsync();
        var votes = await VoteRowsAsync(idea);
        var url = new Uri($"/api/v1/cities/helsinki/ideas/{idea}/vote", UriKind.Relative);

        using var forged = await browser.Http.PutAsync(url, null);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        forged.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Account:AntiforgeryInvalid");
        (await VoteRowsAsync(idea)).ShouldBe(votes);

        // The token every page form carries, sent as a header, is what a script of the site sends.
        var page = await browser.GetAsync("/language");
        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Put, url);
        request.Headers.Add("RequestVerificationToken", token);
        using var genuine = await browser.Http.SendAsync(request);
        genuine.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await VoteRowsAsync(idea)).ShouldBe(votes + 1);

        // A bearer token is not sent by a browser on its own: no antiforgery token is asked for.
        using var api = await SignIn.ApiAsync(app, "resident42@demo.codesign.fi");
        using var bearer = await api.PutAsync(url, null);
        bearer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await VoteRowsAsync(idea)).ShouldBe(votes + 2);
    }

    [Fact]
    public async Task PasswordHash_OfFewerRounds_IsReplacedAtSignIn_With210000Rounds()
    {
        const string email = "resident43@demo.codesign.fi";
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var old = new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
            user.PasswordHash = old.HashPassword(user, Databases.DemoPassword);
            await db.SaveChangesAsync();
            return true;
        });
        (await RoundsAsync(email)).ShouldBe(100_000);

        using var browser = await SignIn.BrowserAsync(app, email);

        (await RoundsAsync(email)).ShouldBe(210_000);
    }

    /// <summary>Identity's v3 format: marker 0x01, PRF, then the round count, big-endian.</summary>
    private async Task<int> RoundsAsync(string email)
    {
        var hash = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());
        var bytes = Convert.FromBase64String(hash!);
        bytes[0].ShouldBe((byte)0x01);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }

    /// <summary>A published Helsinki idea that neither resident41 nor resident42 has voted for.</summary>
    private Task<Guid> OpenIdeaAsync() => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CoDesignDbContext>();
        var helsinki = await db.Cities.Where(c => c.Slug == "helsinki").Select(c => c.Id).SingleAsync();
        var voters = await db.Users.Where(u => u.Email == "resident41@demo.codesign.fi" || u.Email == "resident42@demo.codesign.fi").Select(u => u.Id).ToListAsync();
        return await db.Ideas.IgnoreQueryFilters()
            .Where(i => i.TenantId == helsinki && i.Status == Domain.Ideas.IdeaStatus.Published)
            .Where(i => !db.Votes.IgnoreQueryFilters().Any(v => v.IdeaId == i.Id && voters.Contains(v.VoterId)))
            .OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    });

    private Task<int> VoteRowsAsync(Guid idea) => app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Votes.IgnoreQueryFilters().CountAsync(v => v.IdeaId == idea));
}
