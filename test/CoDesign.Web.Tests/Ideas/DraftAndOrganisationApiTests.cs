using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Ideas;

/// <summary>Drafts, communities and invitations through the API.</summary>
public sealed partial class DraftAndOrganisationApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Draft_SavedChangedAndSubmitted_IsPublishedOnlyAtTheEnd()
    {
        using var client = await SignedInAsync("resident36@demo.codesign.fi");
        var category = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/espoo")).GetProperty("categories")[0].GetProperty("id").GetGuid();
        using var saved = await client.PostAsJsonAsync("/api/v1/cities/espoo/ideas/drafts", new { title = "Luonnos: leikkipuiston varjo", body = "Ensimmäinen versio.", categoryId = category });
        saved.StatusCode.ShouldBe(HttpStatusCode.Created);
        var draft = await saved.Content.ReadFromJsonAsync<JsonElement>();
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        var id = draft.GetProperty("id").GetGuid();

        // A draft is not public.
        using var anonymous = app.CreateRealClient();
        (await anonymous.GetAsync(new Uri($"/api/v1/cities/espoo/ideas/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var changed = await client.PutAsJsonAsync($"/api/v1/cities/espoo/ideas/drafts/{id}", new { title = "Leikkipuistoon varjoa aurinkoisina päivinä", body = "Toinen versio.", categoryId = category });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Someone else cannot touch it.
        using var other = await SignedInAsync("resident37@demo.codesign.fi");
        (await other.PutAsJsonAsync($"/api/v1/cities/espoo/ideas/drafts/{id}", new { title = "Kaapattu luonnos", body = "x", categoryId = category })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var submitted = await client.PostAsJsonAsync($"/api/v1/cities/espoo/ideas/drafts/{id}/submit", new { title = "Leikkipuistoon varjoa aurinkoisina päivinä", body = "Lopullinen versio.", categoryId = category });
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Published");
        var idea = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/cities/espoo/ideas/{id}");
        idea.GetProperty("title").GetString().ShouldBe("Leikkipuistoon varjoa aurinkoisina päivinä");

        // A published idea is no longer a draft.
        (await client.PutAsJsonAsync($"/api/v1/cities/espoo/ideas/drafts/{id}", new { title = "Muutos julkaisun jälkeen", body = "x", categoryId = category })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Community_InviteByApi_AcceptByApi_MakesAMember()
    {
        using var founder = await SignedInAsync("resident38@demo.codesign.fi");
        using var created = await founder.PostAsJsonAsync("/api/v1/organisations/communities", new { name = "Lauttasaaren lukupiiri", type = "InformalGroup" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        const string invitee = "resident39@demo.codesign.fi";
        var before = Maildir.For(invitee).Count;
        using var invite = await founder.PostAsJsonAsync($"/api/v1/organisations/{id}/invitations", new { email = invitee, language = "sv" });
        invite.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var mails = await Maildir.WaitForAsync(invitee, before + 1);
        var mail = mails[^1];
        mail.Subject.ShouldBe("Inbjudan: Lauttasaaren lukupiiri – CoDesign");
        var token = TokenRegex().Match(mail.Text).Groups[1].Value;

        using var member = await SignedInAsync(invitee);
        using var accepted = await member.PostAsJsonAsync("/api/v1/organisations/invitations/accept", new { token });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var mine = await member.GetFromJsonAsync<JsonElement>("/api/v1/organisations");
        mine.EnumerateArray().ShouldContain(o => o.GetProperty("id").GetGuid() == id && !o.GetProperty("isManager").GetBoolean());
        var one = await member.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{id}");
        one.GetProperty("memberCount").GetInt32().ShouldBe(2);
        one.GetProperty("communityType").GetString().ShouldBe("InformalGroup");
        using var outsider = await SignedInAsync("resident40@demo.codesign.fi");
        (await outsider.GetAsync(new Uri($"/api/v1/organisations/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A plain member may not invite; only managers may.
        using var nonManagerInvite = await member.PostAsJsonAsync($"/api/v1/organisations/{id}/invitations", new { email = "someone@example.fi" });
        nonManagerInvite.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var again = await member.PostAsJsonAsync("/api/v1/organisations/invitations/accept", new { token });
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Organisations:InvitationInvalid");
    }

    private Task<HttpClient> SignedInAsync(string email) => SignIn.ApiAsync(app, email);

    [GeneratedRegex(@"join\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex TokenRegex();
}
