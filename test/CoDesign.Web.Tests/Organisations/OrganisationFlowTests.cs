using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Organisations;

/// <summary>A firm is founded, a member is invited by real mail, joins, and submits an idea for it.</summary>
public sealed partial class OrganisationFlowTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task FoundFirm_WithAWrongCheckDigit_IsRefusedOnThePage_InSwedish()
    {
        using var browser = new Browserless(app.BaseAddress);
        await SignInAsync(browser, "resident25@demo.codesign.fi");
        var page = await browser.GetAsync("/account/organisations?lang=sv");
        var result = await Browserless.Page.ReadAsync(await browser.SubmitAsync(page, "form[action*='handler=Firm']", new Dictionary<string, string>
        {
            ["FirmName"] = "Felaktigt Ab",
            ["BusinessId"] = "0112038-8",
        }));
        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Document.QuerySelector("#BusinessId-error")!.TextContent.ShouldContain("FO-numret är inte giltigt");
        result.Document.QuerySelector("#FirmName")!.GetAttribute("value").ShouldBe("Felaktigt Ab");
    }

    [Fact]
    public async Task Invitation_ByMail_ThenJoin_ThenSubmitForTheOrganisation()
    {
        using var founder = new Browserless(app.BaseAddress);
        await SignInAsync(founder, "resident26@demo.codesign.fi");
        var list = await founder.GetAsync("/account/organisations");
        var created = await founder.SubmitAsync(list, "form[action*='handler=Community']", new Dictionary<string, string>
        {
            ["CommunityName"] = "Pihlajamäen kyläyhdistys",
            ["CommunityType"] = "VillageSociety",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var orgPage = await founder.FollowAsync(created);
        orgPage.H1.ShouldBe("Pihlajamäen kyläyhdistys");
        var organisationId = Guid.Parse(orgPage.Url.AbsolutePath.Split('/')[^1]);

        const string invitee = "resident27@demo.codesign.fi";
        var before = Maildir.For(invitee).Count;
        var invited = await founder.FollowAsync(await founder.SubmitAsync(orgPage, "form[action*='handler=Invite']", new Dictionary<string, string> { ["InviteEmail"] = invitee }));
        invited.Html.ShouldContain("Kutsu lähetetty");

        var mails = await Maildir.WaitForAsync(invitee, before + 1);
        var mail = mails[^1];
        mail.Subject.ShouldContain("Pihlajamäen kyläyhdistys");
        var link = LinkRegex().Match(mail.Text).Value;
        link.ShouldContain("/account/organisations/join?token=");

        using var member = new Browserless(app.BaseAddress);
        await SignInAsync(member, invitee);
        var join = await member.GetAsync(new Uri(link).PathAndQuery);
        join.Html.ShouldContain("Pihlajamäen kyläyhdistys");
        var joined = await member.FollowAsync(await member.SubmitAsync(join, "main form", new Dictionary<string, string>()));
        joined.Html.ShouldContain(">jäsen<");

        // The link is single-use.
        using var third = new Browserless(app.BaseAddress);
        await SignInAsync(third, "resident28@demo.codesign.fi");
        var used = await third.GetAsync(new Uri(link).PathAndQuery);
        used.Document.QuerySelector(".error-summary").ShouldNotBeNull();
        used.Document.QuerySelector("main form").ShouldBeNull();

        // Now the member may submit for the organisation, through the API.
        using var api = app.CreateRealClient();
        using var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = invitee, password = Databases.DemoPassword });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var category = (await api.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki")).GetProperty("categories")[0].GetProperty("id").GetGuid();
        using var submit = await api.PostAsJsonAsync("/api/v1/cities/helsinki/ideas", new { title = "Kyläyhdistyksen ehdotus kylätalosta", body = "Kylätalolle tarvitaan esteetön sisäänkäynti.", categoryId = category, organisationId });
        submit.StatusCode.ShouldBe(HttpStatusCode.Created);
        var ideaId = (await submit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var idea = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cities/helsinki/ideas/{ideaId}");
        idea.GetProperty("organisationName").GetString().ShouldBe("Pihlajamäen kyläyhdistys");
    }

    [Fact]
    public async Task OrganisationPage_OfAnOrganisationOneIsNotIn_Is404()
    {
        using var api = app.CreateRealClient();
        using var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = "resident29@demo.codesign.fi", password = Databases.DemoPassword });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        using var created = await api.PostAsJsonAsync("/api/v1/organisations/firms", new { name = "Testiyritys Oy", businessId = "0112038-9" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var duplicate = await api.PostAsJsonAsync("/api/v1/organisations/firms", new { name = "Toinen Oy", businessId = "0112038-9" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Organisations:BusinessIdTaken");

        using var outsider = new Browserless(app.BaseAddress);
        await SignInAsync(outsider, "resident30@demo.codesign.fi");
        (await outsider.GetAsync($"/account/organisations/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FirmsFoundedAtOnce_WithOneBusinessId_OneIsCreated_TheOthersAre409()
    {
        var clients = new List<HttpClient>();
        foreach (var n in new[] { 31, 32, 33, 34 })
        {
            clients.Add(await SignIn.ApiAsync(app, $"resident{n}@demo.codesign.fi"));
        }

        // Each checks that the business ID is free before any has saved: the unique index decides, and the losers get the coded 409, not a 500.
        var responses = await Task.WhenAll(clients.Concat(clients).Select(c => c.PostAsJsonAsync("/api/v1/organisations/firms", new { name = "Samaan aikaan Oy", businessId = "4567890-7" })));
        responses.Select(r => (int)r.StatusCode).Order().ShouldBe([201, 409, 409, 409, 409, 409, 409, 409]);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Organisations:BusinessIdTaken");
        }

        foreach (var disposable in responses.Cast<IDisposable>().Concat(clients))
        {
            disposable.Dispose();
        }
    }

    private static async Task SignInAsync(Browserless browser, string email)
    {
        var form = await browser.GetAsync("/account/login");
        using var response = await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Databases.DemoPassword });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkRegex();
}
