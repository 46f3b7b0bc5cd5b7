using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Ideas;

/// <summary>Officials answer publicly with a status change; residents read it on the timeline in their language.</summary>
public sealed class OfficialResponseTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Official_AnswersInTwoLanguages_ResidentsSeeTheirOwn_AndCorrectionsKeepHistory()
    {
        using var official = await SignedInAsync("tampere-official@demo.codesign.fi");
        var idea = await PublishedIdeaAsync(official, "tampere");

        using var respond = await official.PostAsJsonAsync($"/api/v1/cities/tampere/ideas/{idea}/responses", new { status = "UnderReview", textFi = "Selvitämme asiaa kevään aikana.", textSv = "Vi utreder saken under våren." });
        respond.StatusCode.ShouldBe(HttpStatusCode.Created);
        var responseId = (await respond.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var anonymous = app.CreateRealClient();
        var sv = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/cities/tampere/ideas/{idea}/responses?lang=sv");
        sv[0].GetProperty("text").GetString().ShouldBe("Vi utreder saken under våren.");
        sv[0].GetProperty("toStatus").GetString().ShouldBe("UnderReview");
        var en = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/cities/tampere/ideas/{idea}/responses?lang=en");
        en[0].GetProperty("textLanguage").GetString().ShouldBe("fi");
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/cities/tampere/ideas/{idea}")).GetProperty("status").GetString().ShouldBe("UnderReview");

        using var correct = await official.PutAsJsonAsync($"/api/v1/cities/tampere/ideas/{idea}/responses/{responseId}", new { textFi = "Selvitämme asiaa kesään mennessä." });
        correct.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var fi = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/cities/tampere/ideas/{idea}/responses?lang=fi");
        fi[0].GetProperty("text").GetString().ShouldBe("Selvitämme asiaa kesään mennessä.");
        fi[0].GetProperty("earlierVersions")[0].GetProperty("text").GetString().ShouldBe("Selvitämme asiaa kevään aikana.");

        using var browser = new Browserless(app.BaseAddress);
        var page = await browser.GetAsync($"/tampere/ideas/{idea}?lang=sv");
        page.Document.QuerySelector("#timeline .response-text")!.TextContent.Trim().ShouldBe("Vi utreder saken under våren.");
    }

    [Fact]
    public async Task Response_NotifiesTheAuthorVotersAndFollowers_OnceEach()
    {
        using var author = await SignedInAsync("resident1@demo.codesign.fi");
        var category = (await author.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki")).GetProperty("categories")[0].GetProperty("id").GetGuid();
        using var created = await author.PostAsJsonAsync("/api/v1/cities/helsinki/ideas", new { title = "Ilmoitusten testi-idea Helsingissä", body = "Testi.", categoryId = category });
        var idea = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var voter = await SignedInAsync("resident2@demo.codesign.fi");
        using var _v = await voter.PutAsync(new Uri($"/api/v1/cities/helsinki/ideas/{idea}/vote", UriKind.Relative), null);
        using var _f = await voter.PutAsync(new Uri($"/api/v1/cities/helsinki/ideas/{idea}/follow", UriKind.Relative), null);
        using var follower = await SignedInAsync("resident3@demo.codesign.fi");
        using var _f2 = await follower.PutAsync(new Uri($"/api/v1/cities/helsinki/ideas/{idea}/follow", UriKind.Relative), null);

        using var official = await SignedInAsync("helsinki-official@demo.codesign.fi");
        using var respond = await official.PostAsJsonAsync($"/api/v1/cities/helsinki/ideas/{idea}/responses", new { status = "Accepted", textFi = "Toteutamme tämän." });
        var responseId = (await respond.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var recipients = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesign.EntityFrameworkCore.CoDesignDbContext>();
            return await (from n in db.Notifications.IgnoreQueryFilters()
                          join u in db.Users on n.UserId equals u.Id
                          where n.SourceId == responseId
                          select u.Email).ToListAsync();
        });
        recipients.OrderBy(e => e).ShouldBe(["resident1@demo.codesign.fi", "resident2@demo.codesign.fi", "resident3@demo.codesign.fi"]);
    }

    [Fact]
    public async Task NotPursued_WithoutAReason_IsRefused_AndTheStatusStays()
    {
        using var official = await SignedInAsync("turku-official@demo.codesign.fi");
        var idea = await PublishedIdeaAsync(official, "turku");
        using var response = await official.PostAsJsonAsync($"/api/v1/cities/turku/ideas/{idea}/responses", new { status = "NotPursued", textFi = "  " });
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Responses:ReasonRequired");
        (await official.GetFromJsonAsync<JsonElement>($"/api/v1/cities/turku/ideas/{idea}")).GetProperty("status").GetString().ShouldBe("Published");
    }

    [Theory]
    [InlineData("resident40@demo.codesign.fi", HttpStatusCode.Forbidden)]
    [InlineData("helsinki-official@demo.codesign.fi", HttpStatusCode.Forbidden)]
    [InlineData("oulu-moderator@demo.codesign.fi", HttpStatusCode.Forbidden)]
    public async Task Respond_ByAnyoneButThisCitysOfficials_IsRefused(string email, HttpStatusCode expected)
    {
        using var client = await SignedInAsync(email);
        var idea = await PublishedIdeaAsync(client, "oulu");
        using var response = await client.PostAsJsonAsync($"/api/v1/cities/oulu/ideas/{idea}/responses", new { status = "Accepted", textFi = "Hyväksytty." });
        response.StatusCode.ShouldBe(expected);
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/oulu/ideas/{idea}/responses")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task ImpossibleTransition_IsRefusedWithACode()
    {
        using var official = await SignedInAsync("espoo-official@demo.codesign.fi");
        var idea = await PublishedIdeaAsync(official, "espoo");
        using var done = await official.PostAsJsonAsync($"/api/v1/cities/espoo/ideas/{idea}/responses", new { status = "Implemented", textFi = "Toteutettu syksyllä." });
        done.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var back = await official.PostAsJsonAsync($"/api/v1/cities/espoo/ideas/{idea}/responses", new { status = "Accepted", textFi = "Takaisin?" });
        back.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await back.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Responses:TransitionNotAllowed");
    }

    private Task<HttpClient> SignedInAsync(string email) => SignIn.ApiAsync(app, email);

    private static async Task<Guid> PublishedIdeaAsync(HttpClient client, string city)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/{city}/ideas?status=Published&pageSize=100&sort=newest");
        var items = list.GetProperty("items").EnumerateArray().ToList();
        return items[Random.Shared.Next(items.Count)].GetProperty("id").GetGuid();
    }
}
