using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Processes;

/// <summary>
/// Processes through the API: a city admin builds a timeline and publishes it; the phase in force
/// decides what residents can do (the same coded error and dated sentence as on the pages); drafts
/// and other cities' processes stay out of reach.
/// </summary>
public sealed class ProcessApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task IdeasPhaseNow_PrioritiseLater_IdeaIsAccepted_VoteIsRefusedWithTheDates()
    {
        using var admin = await SignIn.ApiAsync(app, "helsinki-admin@demo.codesign.fi");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var id = await CreateAsync(admin, "helsinki", "Kirjastojen aukioloajat kesällä");
        (await admin.PostAsJsonAsync($"/api/v1/cities/helsinki/processes/{id}/phases", new { kind = "Ideas", startsOn = today.AddDays(-3), endsOn = today.AddDays(10) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync($"/api/v1/cities/helsinki/processes/{id}/phases", new { kind = "Prioritise", startsOn = today.AddDays(11), endsOn = today.AddDays(30) })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // A draft is the staff's: anyone else gets a 404, and ideas cannot be sent into it.
        using var anonymous = app.CreateRealClient();
        (await anonymous.GetAsync(new Uri($"/api/v1/cities/helsinki/processes/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var resident = await SignIn.ApiAsync(app, "resident12@demo.codesign.fi");
        var category = (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki")).GetProperty("categories")[0].GetProperty("id").GetGuid();
        using (var early = await resident.PostAsJsonAsync("/api/v1/cities/helsinki/ideas", new { title = "Kesäkirjasto auki iltaisin", body = "Pidempään auki.", categoryId = category, processId = id }))
        {
            early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await admin.PostAsync(new Uri($"/api/v1/cities/helsinki/processes/{id}/publish", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/cities/helsinki/processes/{id}?lang=en");
        page.GetProperty("state").GetString().ShouldBe("open");
        page.GetProperty("current").GetProperty("kind").GetString().ShouldBe("Ideas");
        page.GetProperty("next").GetProperty("kind").GetString().ShouldBe("Prioritise");
        page.GetProperty("phases").GetArrayLength().ShouldBe(2);

        using var sent = await resident.PostAsJsonAsync("/api/v1/cities/helsinki/ideas", new { title = "Kesäkirjasto auki iltaisin", body = "Pidempään auki kesällä.", categoryId = category, processId = id });
        sent.StatusCode.ShouldBe(HttpStatusCode.Created);
        var ideaId = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/cities/helsinki/processes/{id}")).GetProperty("ideaCount").GetInt32().ShouldBe(1);

        // Support only in the prioritise phase, which starts in 11 days: 409 with the code and the dates.
        using var voter = await SignIn.ApiAsync(app, "resident13@demo.codesign.fi");
        voter.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("fi"));
        using var vote = await voter.PutAsync(new Uri($"/api/v1/cities/helsinki/ideas/{ideaId}/vote", UriKind.Relative), null);
        vote.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await vote.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("CoDesign:Processes:OutOfPhase");
        var from = today.AddDays(11);
        var to = today.AddDays(30);
        problem.GetProperty("detail").GetString().ShouldBe($"Tämän prosessin ideoita voi kannattaa {from.Day}.{from.Month}.{from.Year}–{to.Day}.{to.Month}.{to.Year}.");
        problem.GetProperty("details").GetProperty("action").GetString().ShouldBe("Prioritise");

        // The city admin moves the prioritise phase to now (the ideas phase ends yesterday): the vote counts.
        var phases = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/cities/helsinki/processes/{id}")).GetProperty("phases");
        var ideasPhase = phases[0].GetProperty("id").GetGuid();
        var prioritisePhase = phases[1].GetProperty("id").GetGuid();
        (await admin.PutAsJsonAsync($"/api/v1/cities/helsinki/processes/{id}/phases/{ideasPhase}", new { kind = "Ideas", startsOn = today.AddDays(-3), endsOn = today.AddDays(-1) })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.PutAsJsonAsync($"/api/v1/cities/helsinki/processes/{id}/phases/{prioritisePhase}", new { kind = "Prioritise", startsOn = today, endsOn = today.AddDays(30) })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var counted = await voter.PutAsync(new Uri($"/api/v1/cities/helsinki/ideas/{ideaId}/vote", UriKind.Relative), null);
        counted.StatusCode.ShouldBe(HttpStatusCode.OK);

        // And ideas are no longer taken, with the ideas phase's dates in English.
        using var late = await resident.PostAsJsonAsync("/api/v1/cities/helsinki/ideas?lang=en", new { title = "Toinen kesäidea kirjastolle", body = "Myöhässä.", categoryId = category, processId = id });
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Processes:OutOfPhase");
    }

    [Fact]
    public async Task OverlappingPhases_AreRefused_AndNothingChanges()
    {
        using var admin = await SignIn.ApiAsync(app, "oulu-admin@demo.codesign.fi");
        var id = await CreateAsync(admin, "oulu", "Uimahallin vuorot perheille");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await admin.PostAsJsonAsync($"/api/v1/cities/oulu/processes/{id}/phases", new { kind = "Ideas", startsOn = today, endsOn = today.AddDays(10) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var overlap = await admin.PostAsJsonAsync($"/api/v1/cities/oulu/processes/{id}/phases", new { kind = "Prioritise", startsOn = today.AddDays(10), endsOn = today.AddDays(20) });
        overlap.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await overlap.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Processes:PhasesOverlap");
        using var backwards = await admin.PostAsJsonAsync($"/api/v1/cities/oulu/processes/{id}/phases", new { kind = "Decide", startsOn = today.AddDays(30), endsOn = today.AddDays(25) });
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var unknownKind = await admin.PostAsJsonAsync($"/api/v1/cities/oulu/processes/{id}/phases", new { kind = "Party", startsOn = today.AddDays(30), endsOn = today.AddDays(35) });
        unknownKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/cities/oulu/processes/{id}")).GetProperty("phases").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task OtherCitiesAndResidents_CannotSeeDraftsOrChangeProcesses()
    {
        using var helsinkiAdmin = await SignIn.ApiAsync(app, "helsinki-admin@demo.codesign.fi");
        var id = await CreateAsync(helsinkiAdmin, "helsinki", "Puistojen penkit ja varjot");
        var update = new { titleFi = "Kaapattu prosessi", titleSv = "Kapad process", titleEn = "Hijacked process", questionFi = "?", questionSv = "?", questionEn = "?", descriptionFi = "x", descriptionSv = "x", descriptionEn = "x" };

        // Espoo's admin: Helsinki's process does not exist in Espoo's space, and Helsinki's space refuses the role.
        using var espooAdmin = await SignIn.ApiAsync(app, "espoo-admin@demo.codesign.fi");
        (await espooAdmin.GetAsync(new Uri($"/api/v1/cities/espoo/processes/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await espooAdmin.PutAsJsonAsync($"/api/v1/cities/espoo/processes/{id}", update)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await espooAdmin.PutAsJsonAsync($"/api/v1/cities/helsinki/processes/{id}", update)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await espooAdmin.PostAsync(new Uri($"/api/v1/cities/helsinki/processes/{id}/publish", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A resident and an official of Helsinki: not theirs to manage; the draft is invisible to them.
        foreach (var email in new[] { "resident14@demo.codesign.fi", "helsinki-official@demo.codesign.fi", "helsinki-moderator@demo.codesign.fi" })
        {
            using var client = await SignIn.ApiAsync(app, email);
            (await client.PutAsJsonAsync($"/api/v1/cities/helsinki/processes/{id}", update)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, email);
            (await client.GetAsync(new Uri($"/api/v1/cities/helsinki/processes/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound, email);
            var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki/processes");
            list.EnumerateArray().ShouldNotContain(p => p.GetProperty("id").GetGuid() == id, email);
        }

        using var anonymous = app.CreateRealClient();
        (await anonymous.PostAsJsonAsync("/api/v1/cities/helsinki/processes", update)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await helsinkiAdmin.GetFromJsonAsync<JsonElement>($"/api/v1/cities/helsinki/processes/{id}")).GetProperty("title").GetString().ShouldBe("Puistojen penkit ja varjot");
    }

    private static async Task<Guid> CreateAsync(HttpClient admin, string city, string title)
    {
        using var created = await admin.PostAsJsonAsync($"/api/v1/cities/{city}/processes", new
        {
            titleFi = title,
            titleSv = title + " (sv)",
            titleEn = title + " (en)",
            questionFi = "Miten tätä palvelua pitäisi kehittää?",
            questionSv = "Hur borde tjänsten utvecklas?",
            questionEn = "How should this service develop?",
            descriptionFi = "Kerro **ideasi**.",
            descriptionSv = "Berätta om din **idé**.",
            descriptionEn = "Tell us your **idea**.",
            districts = "Kallio\nVallila",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
