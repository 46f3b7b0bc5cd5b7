using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.Domain.Tenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Admin;

/// <summary>Reports hide provisionally; moderators hide with a public reason, restore, approve; all audited.</summary>
public sealed class ModerationTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task ThreeReports_HideACommentForNow_ThenAModeratorHidesItWithAReason_AndRestoresIt()
    {
        using var author = await ApiAsync("resident43@demo.codesign.fi");
        var idea = await PublishedIdeaAsync(author, "helsinki");
        using var add = await author.PostAsJsonAsync($"/api/v1/cities/helsinki/ideas/{idea}/comments", new { body = "Tämä kommentti saa ilmoituksia." });
        var commentId = (await add.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        foreach (var reporter in new[] { "resident44@demo.codesign.fi", "resident45@demo.codesign.fi", "resident46@demo.codesign.fi" })
        {
            using var browser = await SignedInAsync(reporter);
            var page = await browser.GetAsync($"/helsinki/ideas/{idea}");
            var form = $"form[action*='handler=Report']:has(input[value='{commentId}'])";
            using var _ = await browser.SubmitAsync(page, form, new Dictionary<string, string> { ["ReportReason"] = "Asiaton kielenkäyttö." });
        }

        using var visitor = new Browserless(app.BaseAddress);
        var hiddenForNow = await visitor.GetAsync($"/helsinki/ideas/{idea}");
        hiddenForNow.Document.QuerySelector($"#comment-{commentId}")!.TextContent.ShouldContain("piilotettu väliaikaisesti");
        hiddenForNow.Html.ShouldNotContain("Tämä kommentti saa ilmoituksia.");

        using var moderator = await SignedInAsync("helsinki-moderator@demo.codesign.fi");
        var queue = await moderator.GetAsync("/helsinki/admin/moderation");
        queue.Html.ShouldContain("Asiaton kielenkäyttö.");
        var hideForm = $"form[action*='handler=Hide']:has(input[value='{commentId}'])";
        var noReason = await Browserless.Page.ReadAsync(await moderator.SubmitAsync(queue, hideForm, new Dictionary<string, string> { ["Reason"] = " " }));
        noReason.Document.QuerySelector(".error-summary")!.TextContent.ShouldContain("Kirjoita julkinen perustelu");

        var hidden = await moderator.FollowAsync(await moderator.SubmitAsync(noReason, hideForm, new Dictionary<string, string> { ["Reason"] = "Loukkaava sisältö." }));
        hidden.Html.ShouldContain("Tehty.");
        var publicPage = await visitor.GetAsync($"/helsinki/ideas/{idea}");
        publicPage.Document.QuerySelector($"#comment-{commentId}")!.TextContent.ShouldContain("Loukkaava sisältö.");

        var afterHide = await moderator.GetAsync("/helsinki/admin/moderation");
        afterHide.Document.QuerySelector($"#comments-heading ~ ul form:has(input[value='{commentId}'])").ShouldBeNull("the reports were resolved, so the comment left the reported list");
        var restoreForm = $"#hidden-heading ~ ul form[action*='handler=Restore']:has(input[value='{commentId}'])";
        var restored = await moderator.FollowAsync(await moderator.SubmitAsync(afterHide, restoreForm, new Dictionary<string, string>()));
        restored.Html.ShouldContain("Tehty.");
        (await visitor.GetAsync($"/helsinki/ideas/{idea}")).Document.QuerySelector($"#comment-{commentId}")!.TextContent.ShouldContain("Tämä kommentti saa ilmoituksia.");

        using var cityAdmin = await SignedInAsync("helsinki-admin@demo.codesign.fi");
        var audit = await cityAdmin.GetAsync("/helsinki/admin/audit");
        audit.Html.ShouldContain("Kommentti piilotettu");
        audit.Html.ShouldContain("Loukkaava sisältö.");
        audit.Html.ShouldContain("Kommentti palautettu");
        (await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().ContentReports.IgnoreQueryFilters().CountAsync(r => r.TargetId == commentId && r.ResolvedAt == null))).ShouldBe(0);
    }

    [Fact]
    public async Task HiddenIdea_ShowsTheReasonNotTheContent_AndLeavesTheList_UntilRestored()
    {
        using var moderator = await SignedInAsync("espoo-moderator@demo.codesign.fi");
        using var api = await ApiAsync("resident47@demo.codesign.fi");
        var idea = await PublishedIdeaAsync(api, "espoo");
        var body = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/cities/espoo/ideas/{idea}")).GetProperty("bodyHtml").GetString()!;

        using var report = await SignedInAsync("resident48@demo.codesign.fi");
        var page = await report.GetAsync($"/espoo/ideas/{idea}");
        using var _ = await report.SubmitAsync(page, "details#report form", new Dictionary<string, string> { ["ReportReason"] = "Mainos." });

        var queue = await moderator.GetAsync("/espoo/admin/moderation");
        var hideForm = $"#ideas-heading ~ ul form[action*='handler=Hide']:has(input[value='{idea}'])";
        using var hid = await moderator.SubmitAsync(queue, hideForm, new Dictionary<string, string> { ["Reason"] = "Kaupallinen mainos." });
        hid.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var visitor = new Browserless(app.BaseAddress);
        var hiddenPage = await visitor.GetAsync($"/espoo/ideas/{idea}");
        hiddenPage.Status.ShouldBe(HttpStatusCode.OK);
        hiddenPage.Html.ShouldContain("Kaupallinen mainos.");
        hiddenPage.Document.QuerySelector(".idea-body")!.TextContent.Trim().ShouldBeEmpty();
        hiddenPage.H1.ShouldBe("Piilotettu idea");
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/cities/espoo/ideas?pageSize=100");
        list.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("id").GetGuid() == idea);

        var hiddenQueue = await moderator.GetAsync("/espoo/admin/moderation");
        using var restored = await moderator.SubmitAsync(hiddenQueue, $"#hidden-heading ~ ul form[action*='handler=Restore']:has(input[value='{idea}'])", new Dictionary<string, string>());
        restored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var back = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cities/espoo/ideas/{idea}");
        back.GetProperty("bodyHtml").GetString().ShouldBe(body);
        back.GetProperty("status").GetString().ShouldBe("Published");
    }

    [Fact]
    public async Task PreModeration_KeepsNewIdeasOutOfSight_UntilApproved()
    {
        await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.Where(c => c.Slug == "tampere")
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ModerationMode, ModerationMode.PreModeration)));
        try
        {
            using var api = await ApiAsync("resident49@demo.codesign.fi");
            var category = (await api.GetFromJsonAsync<JsonElement>("/api/v1/cities/tampere")).GetProperty("categories")[0].GetProperty("id").GetGuid();
            using var submitted = await api.PostAsJsonAsync("/api/v1/cities/tampere/ideas", new { title = "Esteetön reitti torille", body = "Torille tarvitaan esteetön reitti.", categoryId = category });
            var created = await submitted.Content.ReadFromJsonAsync<JsonElement>();
            created.GetProperty("status").GetString().ShouldBe("AwaitingModeration");
            var id = created.GetProperty("id").GetGuid();

            using var anonymous = app.CreateRealClient();
            (await anonymous.GetAsync(new Uri($"/api/v1/cities/tampere/ideas/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

            using var moderator = await SignedInAsync("tampere-moderator@demo.codesign.fi");
            var queue = await moderator.GetAsync("/tampere/admin/moderation");
            using var approved = await moderator.SubmitAsync(queue, $"form[action*='handler=Approve']:has(input[value='{id}'])", new Dictionary<string, string>());
            approved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/cities/tampere/ideas/{id}")).GetProperty("status").GetString().ShouldBe("Published");
        }
        finally
        {
            await app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.Where(c => c.Slug == "tampere")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ModerationMode, ModerationMode.PostModeration)));
        }
    }

    [Fact]
    public async Task Moderator_GoingFromTheQueueToOtherPages_GetsThem()
    {
        // Regression: pages once shared a TempData key with different types, and the second page failed.
        using var moderator = await SignedInAsync("helsinki-moderator@demo.codesign.fi");
        (await moderator.GetAsync("/helsinki/admin/moderation")).Status.ShouldBe(HttpStatusCode.OK);
        var list = await moderator.GetAsync("/helsinki/ideas");
        var href = list.Document.QuerySelector(".idea-item h3 a")!.GetAttribute("href")!;
        (await moderator.GetAsync(href)).Status.ShouldBe(HttpStatusCode.OK);
        (await moderator.GetAsync("/helsinki/ideas/new")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("helsinki-official@demo.codesign.fi", HttpStatusCode.Forbidden)]
    [InlineData("espoo-moderator@demo.codesign.fi", HttpStatusCode.Forbidden)]
    [InlineData("resident50@demo.codesign.fi", HttpStatusCode.Forbidden)]
    [InlineData("helsinki-admin@demo.codesign.fi", HttpStatusCode.Forbidden)]
    [InlineData("helsinki-moderator@demo.codesign.fi", HttpStatusCode.OK)]
    public async Task ModerationQueue_IsOnlyForThisCitysModerators(string email, HttpStatusCode expected)
    {
        using var browser = await SignedInAsync(email);
        (await browser.GetAsync("/helsinki/admin/moderation")).Status.ShouldBe(expected);
    }

    private Task<Browserless> SignedInAsync(string email) => SignIn.BrowserAsync(app, email);

    private Task<HttpClient> ApiAsync(string email) => SignIn.ApiAsync(app, email);

    private static async Task<Guid> PublishedIdeaAsync(HttpClient client, string city)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/{city}/ideas?status=Published&pageSize=100");
        var items = list.GetProperty("items").EnumerateArray().ToList();
        return items[Random.Shared.Next(items.Count)].GetProperty("id").GetGuid();
    }
}
