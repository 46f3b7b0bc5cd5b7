using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Ideas;

/// <summary>The ideas API: every endpoint, other cities' ids in this city's routes, fields a client must not set.</summary>
public sealed class IdeaApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task List_PagesWithACursor_AndAcceptsOnlyKnownSorts()
    {
        using var client = app.CreateRealClient();
        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki/ideas?sort=top&pageSize=5");
        first.GetProperty("items").GetArrayLength().ShouldBe(5);
        var cursor = first.GetProperty("nextCursor").GetString();
        cursor.ShouldNotBeNull();
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/helsinki/ideas?sort=top&pageSize=5&cursor={cursor}");
        var firstIds = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(id => firstIds.Contains(id));

        using var bad = await client.GetAsync(new Uri("/api/v1/cities/helsinki/ideas?sort=VoteCount;DROP TABLE", UriKind.Relative));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("CoDesign:Validation");
        problem.GetProperty("field").GetString().ShouldBe("sort");
    }

    [Fact]
    public async Task Search_FindsInflectedForms_InSwedish()
    {
        using var client = app.CreateRealClient();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki/ideas?search=" + Uri.EscapeDataString("öppettiderna") + "&pageSize=100");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki/ideas?pageSize=100");
        var expected = all.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("title").GetString()!.Contains("öppettider", StringComparison.OrdinalIgnoreCase));
        page.GetProperty("items").GetArrayLength().ShouldBeGreaterThanOrEqualTo(expected);
    }

    [Fact]
    public async Task Vote_ThenWithdraw_ThroughTheApi_ChangesTheCountByOneEachWay()
    {
        using var client = await SignedInClientAsync("resident11@demo.codesign.fi");
        var idea = await OpenIdeaAsync(client, "vantaa");
        var before = await CountAsync(client, "vantaa", idea);

        var voted = await (await client.PutAsync(new Uri($"/api/v1/cities/vantaa/ideas/{idea}/vote", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await client.PutAsync(new Uri($"/api/v1/cities/vantaa/ideas/{idea}/vote", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        voted.GetProperty("hasVoted").GetBoolean().ShouldBeTrue();
        voted.GetProperty("voteCount").GetInt32().ShouldBe(before + 1);
        again.GetProperty("voteCount").GetInt32().ShouldBe(before + 1);

        var withdrawn = await (await client.DeleteAsync(new Uri($"/api/v1/cities/vantaa/ideas/{idea}/vote", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();
        withdrawn.GetProperty("hasVoted").GetBoolean().ShouldBeFalse();
        withdrawn.GetProperty("voteCount").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task IdeaOfAnotherCity_InThisCitysRoute_IsNotFound_AndNothingChanges()
    {
        using var client = await SignedInClientAsync("resident12@demo.codesign.fi");
        var espooIdea = await OpenIdeaAsync(client, "espoo");
        var before = await CountAsync(client, "espoo", espooIdea);

        using var get = await client.GetAsync(new Uri($"/api/v1/cities/helsinki/ideas/{espooIdea}", UriKind.Relative));
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var vote = await client.PutAsync(new Uri($"/api/v1/cities/helsinki/ideas/{espooIdea}/vote", UriKind.Relative), null);
        vote.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:NotFound");
        using var follow = await client.PutAsync(new Uri($"/api/v1/cities/helsinki/ideas/{espooIdea}/follow", UriKind.Relative), null);
        follow.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var comment = await client.PostAsJsonAsync($"/api/v1/cities/helsinki/ideas/{espooIdea}/comments", new { body = "Ristiin kaupunkien välillä" });
        comment.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await CountAsync(client, "espoo", espooIdea)).ShouldBe(before);
        var comments = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Comments.IgnoreQueryFilters().CountAsync(c => c.Body == "Ristiin kaupunkien välillä"));
        comments.ShouldBe(0);
    }

    [Fact]
    public async Task SubmitIdea_IgnoresFieldsAClientMustNotSet()
    {
        using var client = await SignedInClientAsync("resident13@demo.codesign.fi");
        var category = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/turku")).GetProperty("categories")[0].GetProperty("id").GetGuid();
        var espoo = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.Where(c => c.Slug == "espoo").Select(c => c.Id).SingleAsync());
        using var response = await client.PostAsJsonAsync("/api/v1/cities/turku/ideas", new
        {
            title = "Uimarannoille lisää pukukoppeja",
            body = "Pukukopit puuttuvat monelta rannalta.",
            categoryId = category,
            language = "fi",
            tenantId = espoo,
            authorId = Guid.NewGuid(),
            status = "Implemented",
            voteCount = 9999,
            commentCount = 77,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("status").GetString().ShouldBe("Published");
        var id = created.GetProperty("id").GetGuid();

        var stored = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var idea = await db.Ideas.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id);
            var turku = await db.Cities.Where(c => c.Slug == "turku").Select(c => c.Id).SingleAsync();
            var me = await db.Users.Where(u => u.Email == "resident13@demo.codesign.fi").Select(u => u.Id).SingleAsync();
            return (idea, turku, me);
        });
        stored.idea.TenantId.ShouldBe(stored.turku);
        stored.idea.AuthorId.ShouldBe(stored.me);
        stored.idea.VoteCount.ShouldBe(0);
        stored.idea.CommentCount.ShouldBe(0);
    }

    [Fact]
    public async Task SubmitIdea_ForAnOrganisationTheAuthorIsNotIn_IsRefusedWithACode()
    {
        using var client = await SignedInClientAsync("resident20@demo.codesign.fi");
        var category = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/oulu")).GetProperty("categories")[0].GetProperty("id").GetGuid();
        var organisation = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Organisations.Select(o => o.Id).FirstAsync());
        using var response = await client.PostAsJsonAsync("/api/v1/cities/oulu/ideas", new { title = "Yhdistyksen nimissä ilman jäsenyyttä", body = "Ei saisi onnistua.", categoryId = category, organisationId = organisation });
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("CoDesign:Organisations:NotMember");
        problem.GetProperty("field").GetString().ShouldBe("OrganisationId");
    }

    [Fact]
    public async Task SubmitIdea_WithoutTitle_Is400NamingTheField_AndSavesNothing()
    {
        using var client = await SignedInClientAsync("resident14@demo.codesign.fi");
        var category = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/oulu")).GetProperty("categories")[0].GetProperty("id").GetGuid();
        var before = await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.IgnoreQueryFilters().CountAsync());
        using var response = await client.PostAsJsonAsync("/api/v1/cities/oulu/ideas", new { title = "", body = "Kuvaus", categoryId = category });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString().ShouldBe("Title");
        (await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.IgnoreQueryFilters().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Comments_AddReplyEditDelete_ThroughTheApi()
    {
        using var client = await SignedInClientAsync("resident15@demo.codesign.fi");
        var idea = await OpenIdeaAsync(client, "tampere");
        using var add = await client.PostAsJsonAsync($"/api/v1/cities/tampere/ideas/{idea}/comments", new { body = "Hyvä ajatus!" });
        add.StatusCode.ShouldBe(HttpStatusCode.Created);
        var commentId = (await add.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var reply = await client.PostAsJsonAsync($"/api/v1/cities/tampere/ideas/{idea}/comments", new { body = "Vastaus", parentId = commentId });
        var replyId = (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var deep = await client.PostAsJsonAsync($"/api/v1/cities/tampere/ideas/{idea}/comments", new { body = "Liian syvä", parentId = replyId });
        deep.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await deep.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Comments:ReplyDepth");

        using var edit = await client.PatchAsJsonAsync($"/api/v1/cities/tampere/ideas/{idea}/comments/{commentId}", new { body = "Hyvä ajatus, kannatan!" });
        edit.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var delete = await client.DeleteAsync(new Uri($"/api/v1/cities/tampere/ideas/{idea}/comments/{commentId}", UriKind.Relative));
        delete.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/tampere/ideas/{idea}");
        var tombstone = detail.GetProperty("comments").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == commentId);
        tombstone.GetProperty("isDeleted").GetBoolean().ShouldBeTrue();
        tombstone.GetProperty("body").GetString().ShouldBe(string.Empty);
        tombstone.GetProperty("replies")[0].GetProperty("body").GetString().ShouldBe("Vastaus");

        using var other = await SignedInClientAsync("resident16@demo.codesign.fi");
        using var foreignEdit = await other.PatchAsJsonAsync($"/api/v1/cities/tampere/ideas/{idea}/comments/{replyId}", new { body = "Kaapattu" });
        foreignEdit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Vote_WhenTheCityHasClosedVoting_Is409WithThePhaseCode()
    {
        using var client = await SignedInClientAsync("resident17@demo.codesign.fi");
        var idea = await OpenIdeaAsync(client, "oulu");
        await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.Where(c => c.Slug == "oulu").ExecuteUpdateAsync(s => s.SetProperty(c => c.VotingOpen, false)));
        try
        {
            using var response = await client.PutAsync(new Uri($"/api/v1/cities/oulu/ideas/{idea}/vote", UriKind.Relative), null);
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Voting:PhaseClosed");
        }
        finally
        {
            await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.Where(c => c.Slug == "oulu").ExecuteUpdateAsync(s => s.SetProperty(c => c.VotingOpen, true)));
        }
    }

    [Fact]
    public async Task FollowThenUnfollow_IsIdempotent_AndShowsInTheIdeaAndMyLists()
    {
        using var client = await SignedInClientAsync("resident18@demo.codesign.fi");
        var idea = await OpenIdeaAsync(client, "turku");
        for (var i = 0; i < 2; i++)
        {
            using var follow = await client.PutAsync(new Uri($"/api/v1/cities/turku/ideas/{idea}/follow", UriKind.Relative), null);
            follow.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/turku/ideas/{idea}");
        detail.GetProperty("isFollowing").GetBoolean().ShouldBeTrue();
        var followers = detail.GetProperty("followerCount").GetInt32();
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/turku/ideas?followed=true&pageSize=100");
        mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(idea);

        using var unfollow = await client.DeleteAsync(new Uri($"/api/v1/cities/turku/ideas/{idea}/follow", UriKind.Relative));
        unfollow.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/turku/ideas/{idea}");
        after.GetProperty("isFollowing").GetBoolean().ShouldBeFalse();
        after.GetProperty("followerCount").GetInt32().ShouldBe(followers - 1);
    }

    [Fact]
    public async Task OwnFilters_WithoutSignIn_Are401()
    {
        using var client = app.CreateRealClient();
        using var response = await client.GetAsync(new Uri("/api/v1/cities/turku/ideas?mine=true", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Unauthenticated");
    }

    [Fact]
    public async Task StateChanges_WithoutSignIn_Are401()
    {
        using var client = app.CreateRealClient();
        var idea = await OpenIdeaAsync(client, "helsinki");
        using var vote = await client.PutAsync(new Uri($"/api/v1/cities/helsinki/ideas/{idea}/vote", UriKind.Relative), null);
        vote.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var submit = await client.PostAsJsonAsync("/api/v1/cities/helsinki/ideas", new { title = "Anonyymi idea", body = "x" });
        submit.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Similar_ReturnsThisCityFirst()
    {
        using var client = app.CreateRealClient();
        var first = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki/ideas?pageSize=1")).GetProperty("items")[0];
        var title = first.GetProperty("title").GetString()!;
        var similar = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki/ideas/similar?title=" + Uri.EscapeDataString(title));
        similar.GetArrayLength().ShouldBeGreaterThan(0);
        similar[0].GetProperty("sameCity").GetBoolean().ShouldBeTrue();
        similar.EnumerateArray().ShouldContain(s => s.GetProperty("id").GetGuid() == first.GetProperty("id").GetGuid());
    }

    private async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = app.CreateRealClient();
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Databases.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> OpenIdeaAsync(HttpClient client, string city)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/{city}/ideas?pageSize=100");
        return list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("status").GetString() is "Published" or "UnderReview").GetProperty("id").GetGuid();
    }

    private static async Task<int> CountAsync(HttpClient client, string city, Guid idea) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/{city}/ideas/{idea}")).GetProperty("voteCount").GetInt32();
}
