using System.Net;
using System.Text.Json;
using CoDesign.TestBase;
using Npgsql;

namespace CoDesign.Web.Tests.Ideas;

/// <summary>
/// A long discussion is shown a page of threads at a time (the latest first page, oldest first on
/// each page), reachable by plain links, and acting on a comment returns the reader to its page.
/// </summary>
public sealed class CommentPagingTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const int Threads = 65;

    [Fact]
    public async Task LongDiscussion_IsPaged_ByLinksThatWorkWithoutJavaScript()
    {
        var (ideaId, _) = await SeedDiscussionAsync();
        using var visitor = new Browserless(app.BaseAddress);

        var first = await visitor.GetAsync($"/oulu/ideas/{ideaId}");
        first.Status.ShouldBe(HttpStatusCode.OK);
        ThreadBodies(first).ShouldBe(Enumerable.Range(36, 30).Select(Body));
        first.Document.QuerySelector("#comments-heading")!.TextContent.ShouldContain("66");
        first.Document.QuerySelector(".comment-pager")!.TextContent.ShouldContain("36–65");
        first.Document.QuerySelector(".comment-pager")!.TextContent.ShouldContain("65 ketjua");
        var earlier = first.Document.QuerySelector("#comments a[rel=prev]")!;
        earlier.TextContent.ShouldBe("Näytä aiemmat kommentit");
        first.Document.QuerySelector("#comments a[rel=next]").ShouldBeNull();

        var second = await visitor.GetAsync(earlier.GetAttribute("href")!);
        ThreadBodies(second).ShouldBe(Enumerable.Range(6, 30).Select(Body));
        second.Document.QuerySelector("#comments a[rel=next]")!.GetAttribute("href")!.ShouldNotContain("commentPage");
        var third = await visitor.GetAsync(second.Document.QuerySelector("#comments a[rel=prev]")!.GetAttribute("href")!);
        ThreadBodies(third).ShouldBe(Enumerable.Range(1, 5).Select(Body));
        third.Document.QuerySelector("#comments a[rel=prev]").ShouldBeNull();
        third.Document.QuerySelectorAll("#comments a").Select(a => a.TextContent).ShouldContain("Siirry uusimpiin kommentteihin");

        // The reply stays with its thread, on its page.
        var thread10 = third.Document.QuerySelectorAll("ol.comments > li").Single(li => li.QuerySelector(".comment-body")!.TextContent == Body(5));
        thread10.QuerySelector(".replies")!.TextContent.ShouldContain("Vastaus ketjuun 5");

        // Past the last page is the last page; a page number that is no number is the first.
        ThreadBodies(await visitor.GetAsync($"/oulu/ideas/{ideaId}?commentPage=99")).ShouldBe(Enumerable.Range(1, 5).Select(Body));
        ThreadBodies(await visitor.GetAsync($"/oulu/ideas/{ideaId}?commentPage=abc")).ShouldBe(Enumerable.Range(36, 30).Select(Body));

        // In Swedish the same pager speaks Swedish.
        visitor.Cookies.Add(new Cookie(".AspNetCore.Culture", "c=sv-FI|uic=sv", "/", app.BaseAddress.Host));
        var swedish = await visitor.GetAsync($"/oulu/ideas/{ideaId}?commentPage=2");
        swedish.Document.QuerySelector("#comments a[rel=next]")!.TextContent.ShouldBe("Visa nyare kommentarer");
        swedish.Document.QuerySelector(".comment-pager")!.TextContent.ShouldContain("av 65");
    }

    [Fact]
    public async Task ReplyOnAnEarlierPage_ReturnsToThatPage_WithTheReplyInItsThread()
    {
        var (ideaId, _) = await SeedDiscussionAsync();
        using var resident = await SignIn.BrowserAsync(app, "resident40@demo.codesign.fi");
        var second = await resident.GetAsync($"/oulu/ideas/{ideaId}?commentPage=2");
        var thread = second.Document.QuerySelectorAll("ol.comments > li").Single(li => li.QuerySelector(".comment-body")!.TextContent == Body(20));

        using var posted = await resident.SubmitAsync(second, $"#{thread.Id} > details.reply form", new Dictionary<string, string> { ["CommentBody"] = "Samaa mieltä ketjun 20 kanssa." });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.OriginalString.ShouldContain("commentPage=2");
        var back = await resident.FollowAsync(posted);
        ThreadBodies(back).ShouldBe(Enumerable.Range(6, 30).Select(Body));
        back.Document.QuerySelector($"#{thread.Id} .replies")!.TextContent.ShouldContain("Samaa mieltä ketjun 20 kanssa.");
        back.Document.QuerySelector("#comments")!.TextContent.ShouldContain("Vastauksesi on julkaistu.");

        // A new thread is the latest one: it lands on the first page, whichever page it was written on.
        using var newThread = await resident.SubmitAsync(back, "form.comment-form", new Dictionary<string, string> { ["CommentBody"] = "Uusi ketju toiselta sivulta." });
        newThread.Headers.Location!.OriginalString.ShouldNotContain("commentPage");
        var latest = await resident.FollowAsync(newThread);
        ThreadBodies(latest)[^1].ShouldBe("Uusi ketju toiselta sivulta.");
    }

    [Fact]
    public async Task Api_GivesThePageAndItsPosition_AndRefusesAPageOutOfRange()
    {
        var (ideaId, _) = await SeedDiscussionAsync();
        using var client = app.CreateRealClient();

        var page2 = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/cities/oulu/ideas/{ideaId}?commentPage=2")).RootElement;
        page2.GetProperty("commentPage").GetInt32().ShouldBe(2);
        page2.GetProperty("commentPageCount").GetInt32().ShouldBe(3);
        page2.GetProperty("commentThreadCount").GetInt32().ShouldBe(Threads);
        page2.GetProperty("commentCount").GetInt32().ShouldBe(Threads + 1);
        page2.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("body").GetString()).ShouldBe(Enumerable.Range(6, 30).Select(Body));

        var beyond = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/cities/oulu/ideas/{ideaId}?commentPage=50")).RootElement;
        beyond.GetProperty("commentPage").GetInt32().ShouldBe(3);
        beyond.GetProperty("comments").GetArrayLength().ShouldBe(5);

        using var zero = await client.GetAsync($"/api/v1/cities/oulu/ideas/{ideaId}?commentPage=0");
        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await zero.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("code").GetString().ShouldBe("CoDesign:Validation");
        problem.GetRawText().ShouldContain("commentPage");
    }

    private static string Body(int n) => $"Ketju {n:00}: kommentti keskusteluun.";

    private static List<string> ThreadBodies(Browserless.Page page) =>
        page.Document.QuerySelectorAll("ol.comments > li > .comment-body").Select(p => p.TextContent).ToList();

    /// <summary>An Oulu idea without comments gets 65 threads a minute apart, the fifth with a reply.</summary>
    private async Task<(Guid IdeaId, Guid TenantId)> SeedDiscussionAsync()
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        Guid ideaId, tenantId, authorId;
        await using (var pick = new NpgsqlCommand("""
            SELECT i."Id", i."TenantId", (SELECT "Id" FROM "AspNetUsers" WHERE "Email" = 'resident41@demo.codesign.fi')
            FROM "Ideas" i JOIN "Cities" c ON c."Id" = i."TenantId"
            WHERE c."Slug" = 'oulu' AND i."Status" = 'Published' AND NOT i."ProvisionallyHidden"
              AND NOT EXISTS (SELECT 1 FROM "Comments" x WHERE x."IdeaId" = i."Id")
            ORDER BY i."Id" LIMIT 1
            """, connection))
        await using (var reader = await pick.ExecuteReaderAsync())
        {
            (await reader.ReadAsync()).ShouldBeTrue("an Oulu idea without comments");
            (ideaId, tenantId, authorId) = (reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2));
        }

        await using var insert = new NpgsqlCommand("""
            INSERT INTO "Comments" ("Id", "TenantId", "IdeaId", "ParentId", "AuthorId", "Body", "IsOfficial", "CreatedAt", "ProvisionallyHidden")
            SELECT gen_random_uuid(), @tenant, @idea, NULL, @author, 'Ketju ' || to_char(n, 'FM00') || ': kommentti keskusteluun.', false,
                   now() - make_interval(mins => 200 - n), false
            FROM generate_series(1, @threads) n;
            INSERT INTO "Comments" ("Id", "TenantId", "IdeaId", "ParentId", "AuthorId", "Body", "IsOfficial", "CreatedAt", "ProvisionallyHidden")
            SELECT gen_random_uuid(), @tenant, @idea, "Id", @author, 'Vastaus ketjuun 5.', false, now() - interval '1 minute', false
            FROM "Comments" WHERE "IdeaId" = @idea AND "Body" LIKE 'Ketju 05:%';
            UPDATE "Ideas" SET "CommentCount" = @threads + 1 WHERE "Id" = @idea;
            """, connection);
        insert.Parameters.AddWithValue("tenant", tenantId);
        insert.Parameters.AddWithValue("idea", ideaId);
        insert.Parameters.AddWithValue("author", authorId);
        insert.Parameters.AddWithValue("threads", Threads);
        await insert.ExecuteNonQueryAsync();
        return (ideaId, tenantId);
    }
}
