using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Tenancy;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// Records of Espoo reached through Helsinki's routes (pages and API) by Helsinki's own staff and by
/// the residents who wrote them: every one is a 404 (or 403) and changes nothing. Espoo's admin gets
/// nowhere in Helsinki with a cookie or a bearer token. Fields a client must not set (city, author,
/// status, counts, roles) are ignored: the stored rows hold what the server decided.
/// </summary>
public sealed class CrossCityAttackTests(MatrixApp app, ITestOutputHelper output) : IClassFixture<MatrixApp>
{
    [Fact]
    public async Task EspooIds_InHelsinkisRoutes_AreNotFound_AndChangeNothing()
    {
        using var participant = await PersonSession.StartAsync(app, Person.Participant);
        using var moderator = await PersonSession.StartAsync(app, Person.Moderator);
        using var official = await PersonSession.StartAsync(app, Person.Official);
        using var admin = await PersonSession.StartAsync(app, Person.CityAdmin);
        using var espooOfficial = await PersonSession.StartAsync(app, "espoo-official@demo.codesign.fi");
        using var espooAdmin = await PersonSession.StartAsync(app, Person.OtherCityAdmin);
        await using var services = TestServices.Create(app.Database.Provider, app.Database.ConnectionString);
        var helsinki = await CityAsync(services, "helsinki");
        var espoo = await CityAsync(services, "espoo");
        var hIdea = await TestData.NewIdeaAsync(services, helsinki, "Helsingin idea rajatestiin");
        var eIdea = await TestData.NewIdeaAsync(services, espoo, "Espoon idea rajatestiin");
        var eCategory = await FirstCategoryAsync(services, espoo);
        var hCategory = await FirstCategoryAsync(services, helsinki);

        // Espoo records, the Espoo comment and draft written by the very participant who attacks.
        var eComment = await CreatedIdAsync(participant.Api, $"/api/v1/cities/espoo/ideas/{eIdea}/comments", new { body = "Oma kommentti Espoossa" });
        var eDraft = await CreatedIdAsync(participant.Api, "/api/v1/cities/espoo/ideas/drafts", new { title = "Espoon luonnos", body = "Luonnoksen teksti.", categoryId = eCategory, language = "fi" });
        var eResponse = await CreatedIdAsync(espooOfficial.Api, $"/api/v1/cities/espoo/ideas/{eIdea}/responses", new { status = "UnderReview", textFi = "Selvitämme.", textSv = "Vi utreder.", textEn = "We look into it." });
        var fresh = (await TestData.NewUsersAsync(services, 1)).Single();
        using (var granted = await espooAdmin.ApiAsync("POST", "/api/v1/cities/espoo/admin/roles", new { email = $"user-{fresh:N}@test.codesign.fi", role = "Moderator" }))
        {
            granted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var eAssignment = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().CityRoleAssignments.IgnoreQueryFilters().Where(a => a.UserId == fresh).Select(a => a.Id).SingleAsync());
        var participantId = await UserIdAsync(services, People.Email(Person.Participant));
        Guid eMail;
        using (services.Tenant.Change(espoo.Id, espoo.Slug))
        {
            eMail = await services.RunAsync(async sp =>
            {
                var db = sp.GetRequiredService<CoDesignDbContext>();
                var mail = new OutboxMail(Guid.NewGuid(), espoo.Id, "espoo@example.fi", "Espoon viesti", "Teksti.", null, "test", "cross-" + Guid.NewGuid().ToString("N"), DateTime.UtcNow);
                db.OutboxMails.Add(mail);
                db.Notifications.Add(new Notification(Guid.NewGuid(), espoo.Id, participantId, NotificationKinds.Comment, eIdea, eComment, DateTime.UtcNow));
                await db.SaveChangesAsync();
                return mail.Id;
            });
        }

        // The participant's own report of an Espoo comment, for the dismiss attacks.
        using (var reported = await participant.PageAsync("POST", $"/espoo/ideas/{eIdea}?handler=Report", F("CommentId", eComment.ToString(), "ReportReason", "Asiaton.")))
        {
            reported.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var h = "/api/v1/cities/helsinki";
        var attacks = new List<(string What, PersonSession Who, string Method, string Url, object? Json, List<KeyValuePair<string, string>>? Form)>
        {
            // Ideas
            ("idea page", participant, "GET", $"/helsinki/ideas/{eIdea}", null, null),
            ("idea", participant, "GET", $"{h}/ideas/{eIdea}", null, null),
            ("idea responses", participant, "GET", $"{h}/ideas/{eIdea}/responses", null, null),
            ("also proposed in", participant, "GET", $"{h}/ideas/{eIdea}/also-proposed-in", null, null),
            ("vote", participant, "PUT", $"{h}/ideas/{eIdea}/vote", null, null),
            ("withdraw vote", participant, "DELETE", $"{h}/ideas/{eIdea}/vote", null, null),
            ("follow", participant, "PUT", $"{h}/ideas/{eIdea}/follow", null, null),
            ("comment", participant, "POST", $"{h}/ideas/{eIdea}/comments", new { body = "Rajan yli" }, null),
            ("vote on page", participant, "POST", $"/helsinki/ideas/{eIdea}?handler=Vote", null, []),
            ("follow on page", participant, "POST", $"/helsinki/ideas/{eIdea}?handler=Follow", null, []),
            ("comment on page", participant, "POST", $"/helsinki/ideas/{eIdea}?handler=Comment", null, F("CommentBody", "Rajan yli")),
            ("report idea on page", participant, "POST", $"/helsinki/ideas/{eIdea}?handler=Report", null, F("ReportReason", "Asiaton.")),

            // Comments (the attacker wrote it, in Espoo)
            ("edit comment under a Helsinki idea", participant, "PATCH", $"{h}/ideas/{hIdea}/comments/{eComment}", new { body = "Muokattu rajan yli" }, null),
            ("edit comment", participant, "PATCH", $"{h}/ideas/{eIdea}/comments/{eComment}", new { body = "Muokattu rajan yli" }, null),
            ("delete comment", participant, "DELETE", $"{h}/ideas/{hIdea}/comments/{eComment}", null, null),
            ("reply to comment", participant, "POST", $"{h}/ideas/{hIdea}/comments", new { body = "Vastaus rajan yli", parentId = eComment }, null),
            ("edit comment on page", participant, "POST", $"/helsinki/ideas/{hIdea}?handler=EditComment", null, F("CommentId", eComment.ToString(), "CommentBody", "Muokattu")),
            ("delete comment on page", participant, "POST", $"/helsinki/ideas/{hIdea}?handler=DeleteComment", null, F("CommentId", eComment.ToString())),
            ("report comment on page", participant, "POST", $"/helsinki/ideas/{hIdea}?handler=Report", null, F("CommentId", eComment.ToString(), "ReportReason", "Asiaton.")),

            // Drafts (the attacker's own, in Espoo)
            ("change draft", participant, "PUT", $"{h}/ideas/drafts/{eDraft}", new { title = "Siirretty", body = "Teksti.", categoryId = hCategory, language = "fi" }, null),
            ("submit draft", participant, "POST", $"{h}/ideas/drafts/{eDraft}/submit", new { title = "Siirretty", body = "Teksti.", categoryId = hCategory, language = "fi" }, null),

            // Categories
            ("idea in an Espoo category", participant, "POST", $"{h}/ideas/", new { title = "Väärän kaupungin luokka", body = "Teksti.", categoryId = eCategory, language = "fi" }, null),
            ("draft in an Espoo category", participant, "POST", $"{h}/ideas/drafts", new { title = "Väärän kaupungin luokka", body = "Teksti.", categoryId = eCategory, language = "fi" }, null),
            ("idea page in an Espoo category", participant, "POST", "/helsinki/ideas/new?handler=Submit", null, F("Input.Title", "Väärän kaupungin luokka", "Input.Body", "Teksti.", "Input.CategoryId", eCategory.ToString(), "Input.Language", "fi")),
            ("change category", admin, "PUT", $"{h}/admin/categories/{eCategory}", new { key = "kaapattu", themeKey = "mobility", nameFi = "Kaapattu", nameSv = "Kapad", nameEn = "Taken" }, null),
            ("change category on page", admin, "POST", "/helsinki/admin/categories", null, F("CategoryId", eCategory.ToString(), "Input.Key", "kaapattu", "Input.ThemeKey", "mobility", "Input.NameFi", "Kaapattu", "Input.NameSv", "Kapad", "Input.NameEn", "Taken")),
            ("assisted idea in an Espoo category", official, "POST", "/helsinki/ideas/assisted", null, F("Input.Title", "Väärän kaupungin luokka", "Input.Body", "Teksti.", "Input.CategoryId", eCategory.ToString(), "Input.Language", "fi", "Input.Channel", "ServicePoint", "Input.ConsentNoted", "true")),

            // Responses
            ("respond", official, "POST", $"{h}/ideas/{eIdea}/responses", new { status = "Accepted", textFi = "Hyväksytty.", textSv = "Godkänd.", textEn = "Accepted." }, null),
            ("correct response", official, "PUT", $"{h}/ideas/{hIdea}/responses/{eResponse}", new { textFi = "Korjattu.", textSv = "Rättat.", textEn = "Corrected." }, null),
            ("correct response of the idea", official, "PUT", $"{h}/ideas/{eIdea}/responses/{eResponse}", new { textFi = "Korjattu.", textSv = "Rättat.", textEn = "Corrected." }, null),
            ("respond on page", official, "POST", $"/helsinki/ideas/{eIdea}?handler=Respond", null, F("Answer.Status", "Accepted", "Answer.TextFi", "Hyväksytty.", "Answer.TextSv", "Godkänd.", "Answer.TextEn", "Accepted.")),
            ("correct response on page", official, "POST", $"/helsinki/ideas/{hIdea}?handler=Correct", null, F("Answer.ResponseId", eResponse.ToString(), "Answer.TextFi", "Korjattu.", "Answer.TextSv", "Rättat.", "Answer.TextEn", "Corrected.")),

            // Moderation and reports
            ("approve", moderator, "POST", $"{h}/admin/ideas/{eIdea}/approve", null, null),
            ("hide idea", moderator, "POST", $"{h}/admin/ideas/{eIdea}/hide", new { reason = "Asiaton." }, null),
            ("restore idea", moderator, "POST", $"{h}/admin/ideas/{eIdea}/restore", null, null),
            ("dismiss reports", moderator, "POST", $"{h}/admin/ideas/{eIdea}/dismiss-reports", null, null),
            ("hide comment", moderator, "POST", $"{h}/admin/comments/{eComment}/hide", new { reason = "Asiaton." }, null),
            ("restore comment", moderator, "POST", $"{h}/admin/comments/{eComment}/restore", null, null),
            ("merge an Espoo idea", moderator, "POST", $"{h}/admin/ideas/{eIdea}/merge", new { survivorId = hIdea }, null),
            ("merge into an Espoo idea", moderator, "POST", $"{h}/admin/ideas/{hIdea}/merge", new { survivorId = eIdea }, null),
            ("hide idea on page", moderator, "POST", "/helsinki/admin/moderation?handler=Hide", null, F("IdeaId", eIdea.ToString(), "Reason", "Asiaton.")),
            ("hide comment on page", moderator, "POST", "/helsinki/admin/moderation?handler=Hide", null, F("IdeaId", eIdea.ToString(), "CommentId", eComment.ToString(), "Reason", "Asiaton.")),
            ("dismiss comment reports on page", moderator, "POST", "/helsinki/admin/moderation?handler=Dismiss", null, F("IdeaId", eIdea.ToString(), "CommentId", eComment.ToString())),
            ("approve on page", moderator, "POST", "/helsinki/admin/moderation?handler=Approve", null, F("IdeaId", eIdea.ToString())),
            ("merge on page", moderator, "POST", "/helsinki/admin/moderation?handler=Merge", null, F("IdeaId", hIdea.ToString(), "MergeTarget", $"/espoo/ideas/{eIdea}")),

            // Roles and users, mail
            ("revoke role", admin, "DELETE", $"{h}/admin/roles/{eAssignment}", null, null),
            ("revoke role on page", admin, "POST", "/helsinki/admin/roles?handler=Revoke", null, F("AssignmentId", eAssignment.ToString())),
            ("mail row", admin, "GET", $"/helsinki/admin/mail/{eMail}", null, null),
        };

        var failures = new List<string>();
        foreach (var (what, who, method, url, json, form) in attacks)
        {
            var before = await DatabaseFingerprint.TakeAsync(app);
            using var response = await who.SendAsync(method, url, json, form, url.StartsWith("/api/", StringComparison.Ordinal));
            var status = (int)response.StatusCode;
            var changed = DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app));
            var body = await response.Content.ReadAsStringAsync();

            // An id in the route is not found. One in a body or form is a reference the rules refuse
            // (400/409, or the form shown again with the error); either way nothing changes (below).
            var inRoute = url.Contains(eIdea.ToString(), StringComparison.Ordinal) || url.Contains(eComment.ToString(), StringComparison.Ordinal) || url.Contains(eDraft.ToString(), StringComparison.Ordinal)
                || url.Contains(eCategory.ToString(), StringComparison.Ordinal) || url.Contains(eResponse.ToString(), StringComparison.Ordinal) || url.Contains(eAssignment.ToString(), StringComparison.Ordinal) || url.Contains(eMail.ToString(), StringComparison.Ordinal);
            var refused = inRoute ? status is 404 or 403 : status is 400 or 403 or 404 or 409 || (status == 200 && method == "POST" && !url.StartsWith("/api/", StringComparison.Ordinal));
            if (!refused)
            {
                failures.Add($"{what}: {method} {url} gave {status}, expected {(inRoute ? "404" : "a refusal")} {(status < 500 ? string.Empty : body)}");
            }

            if (changed.Count > 0)
            {
                failures.Add($"{what}: {method} {url} changed {string.Join(", ", changed)}");
            }

            if (body.Contains("Espoon idea rajatestiin", StringComparison.Ordinal) || body.Contains("Oma kommentti Espoossa", StringComparison.Ordinal))
            {
                failures.Add($"{what}: {method} {url} showed Espoo's content");
            }
        }

        // The form opens with an Espoo draft named, but empty: the draft is not Helsinki's.
        var newIdea = await participant.Browser.GetAsync($"/helsinki/ideas/new?draft={eDraft}");
        newIdea.Status.ShouldBe(HttpStatusCode.OK);
        newIdea.Html.ShouldNotContain("Espoon luonnos");

        output.WriteLine($"{attacks.Count} cross-city attacks");
        failures.ShouldBeEmpty();

        // Nothing in Espoo moved: the records are as they were made.
        await services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var idea = await db.Ideas.IgnoreQueryFilters().SingleAsync(i => i.Id == eIdea);
            idea.Status.ShouldBe(IdeaStatus.UnderReview);
            idea.VoteCount.ShouldBe(0);
            idea.MergedIntoId.ShouldBeNull();
            (await db.Comments.IgnoreQueryFilters().SingleAsync(c => c.Id == eComment)).Body.ShouldBe("Oma kommentti Espoossa");
            (await db.Ideas.IgnoreQueryFilters().SingleAsync(i => i.Id == eDraft)).Status.ShouldBe(IdeaStatus.Draft);
            (await db.CityRoleAssignments.IgnoreQueryFilters().AnyAsync(a => a.Id == eAssignment)).ShouldBeTrue();
            return 0;
        });
    }

    [Fact]
    public async Task EspooAdmin_CookieAndBearerToken_OpenNothingOfHelsinki()
    {
        using var espooAdmin = await PersonSession.StartAsync(app, Person.OtherCityAdmin);
        string[] pages = ["/helsinki/admin", "/helsinki/admin/settings", "/helsinki/admin/roles", "/helsinki/admin/categories", "/helsinki/admin/audit", "/helsinki/admin/mail", "/helsinki/admin/moderation", "/helsinki/admin/accountability", "/helsinki/ideas/assisted"];
        string[] api = ["settings", "roles", "categories", "audit", "moderation", "accountability"];

        foreach (var page in pages)
        {
            // Its own city's page opens, so the refusal is about the city and not a broken session.
            using var own = await espooAdmin.PageAsync("GET", page.Replace("/helsinki/", "/espoo/", StringComparison.Ordinal));
            using var other = await espooAdmin.PageAsync("GET", page);
            (own.StatusCode, other.StatusCode).ShouldBe((page.EndsWith("accountability", StringComparison.Ordinal) || page.EndsWith("moderation", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : HttpStatusCode.OK, HttpStatusCode.Forbidden), page);
        }

        foreach (var part in api)
        {
            var own = part is "moderation" or "accountability" ? HttpStatusCode.Forbidden : HttpStatusCode.OK;

            // The bearer token.
            using (var mine = await espooAdmin.ApiAsync("GET", $"/api/v1/cities/espoo/admin/{part}"))
            using (var theirs = await espooAdmin.ApiAsync("GET", $"/api/v1/cities/helsinki/admin/{part}"))
            {
                (mine.StatusCode, theirs.StatusCode).ShouldBe((own, HttpStatusCode.Forbidden), "bearer " + part);
            }

            // The sign-in cookie sent to the API.
            using (var byCookie = await espooAdmin.Browser.Http.GetAsync(new Uri($"/api/v1/cities/helsinki/admin/{part}", UriKind.Relative)))
            {
                byCookie.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
            }
        }

        // Writes with the token and with the cookie (and a valid antiforgery token) are refused and change nothing.
        var before = await DatabaseFingerprint.TakeAsync(app);
        using (var grant = await espooAdmin.ApiAsync("POST", "/api/v1/cities/helsinki/admin/roles", new { email = "espoo-admin@demo.codesign.fi", role = "CityAdmin" }))
        {
            grant.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var settings = await espooAdmin.ApiAsync("PUT", "/api/v1/cities/helsinki/admin/settings", new { votingOpen = false, supportThreshold = 1, responseDays = 1, moderationMode = "PreModeration", reportsToHide = 1, languages = new[] { "fi" }, digestHour = 1, digestMinute = 0 }))
        {
            settings.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var grantPage = await espooAdmin.PageAsync("POST", "/helsinki/admin/roles?handler=Grant", F("Email", "espoo-admin@demo.codesign.fi", "Role", "CityAdmin")))
        {
            grantPage.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        // The cookie alone does not even reach authorization (an API write by cookie needs the
        // antiforgery token); with the token it does, and is refused there.
        using (var byCookie = await espooAdmin.Browser.Http.PostAsJsonAsync(new Uri("/api/v1/cities/helsinki/admin/roles", UriKind.Relative), new { email = "espoo-admin@demo.codesign.fi", role = "CityAdmin" }))
        {
            byCookie.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await byCookie.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Account:AntiforgeryInvalid");
        }

        using (var withToken = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/cities/helsinki/admin/roles", UriKind.Relative)) { Content = JsonContent.Create(new { email = "espoo-admin@demo.codesign.fi", role = "CityAdmin" }) })
        {
            withToken.Headers.Add("RequestVerificationToken", espooAdmin.Antiforgery);
            using var byCookieWithToken = await espooAdmin.Browser.Http.SendAsync(withToken);
            byCookieWithToken.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        }

        DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)).ShouldBeEmpty();
    }

    [Fact]
    public async Task FieldsAClientMustNotSet_AreIgnored_TheStoredRowsHoldTheServersValues()
    {
        using var participant = await PersonSession.StartAsync(app, Person.Participant);
        using var admin = await PersonSession.StartAsync(app, Person.CityAdmin);
        await using var services = TestServices.Create(app.Database.Provider, app.Database.ConnectionString);
        var helsinki = await CityAsync(services, "helsinki");
        var espoo = await CityAsync(services, "espoo");
        var category = await FirstCategoryAsync(services, helsinki);
        var participantId = await UserIdAsync(services, People.Email(Person.Participant));
        var adminId = await UserIdAsync(services, People.Email(Person.CityAdmin));
        var someoneElse = await UserIdAsync(services, "resident22@demo.codesign.fi");
        var foreignFirm = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().OrganisationMembers.Where(m => m.UserId != participantId).Select(m => m.OrganisationId).FirstAsync());
        var chosenId = Guid.NewGuid();

        // An idea through the API with every field the server decides.
        using var created = await participant.ApiAsync("POST", "/api/v1/cities/helsinki/ideas/", new
        {
            id = chosenId,
            title = "Ylimääräiset kentät API:ssa",
            body = "Palvelin päättää loput.",
            categoryId = category,
            language = "fi",
            tenantId = espoo.Id,
            cityId = espoo.Id,
            city = "espoo",
            authorId = someoneElse,
            status = "Accepted",
            voteCount = 999,
            commentCount = 50,
            followerCount = 40,
            recordedById = adminId,
            mergedIntoId = Guid.NewGuid(),
            publishedAt = "2001-01-01T00:00:00Z",
            responseDueAt = "2001-01-01T00:00:00Z",
            consentNoted = true,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var apiIdea = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // The same through the form, with the form's field names and bare ones.
        using var posted = await participant.PageAsync("POST", "/helsinki/ideas/new?handler=Submit", F(
            "Input.Title", "Ylimääräiset kentät lomakkeella",
            "Input.Body", "Palvelin päättää loput.",
            "Input.CategoryId", category.ToString(),
            "Input.Language", "fi",
            "Input.TenantId", espoo.Id.ToString(), "TenantId", espoo.Id.ToString(), "Input.City", "espoo",
            "Input.AuthorId", someoneElse.ToString(), "AuthorId", someoneElse.ToString(),
            "Input.Status", "Accepted", "Status", "Accepted",
            "Input.VoteCount", "999", "VoteCount", "999", "Input.CommentCount", "50"));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pageIdea = Guid.Parse(posted.Headers.Location!.ToString().Split('/').Last());

        var expectedStatus = await services.RunAsync(async sp =>
            (await sp.GetRequiredService<CoDesignDbContext>().Cities.IgnoreQueryFilters().SingleAsync(c => c.Id == helsinki.Id)).ModerationMode.ToString() == "PreModeration"
                ? IdeaStatus.AwaitingModeration : IdeaStatus.Published);
        foreach (var id in new[] { apiIdea, pageIdea })
        {
            var idea = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.IgnoreQueryFilters().SingleAsync(i => i.Id == id));
            idea.TenantId.ShouldBe(helsinki.Id);
            idea.AuthorId.ShouldBe(participantId);
            idea.Status.ShouldBe(expectedStatus);
            idea.VoteCount.ShouldBeLessThanOrEqualTo(1, "at most the author's own vote");
            idea.CommentCount.ShouldBe(0);
            idea.FollowerCount.ShouldBeLessThanOrEqualTo(1, "at most the author");
            idea.RecordedById.ShouldBeNull();
            idea.MergedIntoId.ShouldBeNull();
            idea.ResponseDueAt.ShouldBeNull();
            idea.CreatedAt.ShouldBeGreaterThan(DateTime.UtcNow.AddHours(-1));
        }

        apiIdea.ShouldNotBe(chosenId);

        // Submitting in the name of an organisation one does not belong to is refused.
        var before = await DatabaseFingerprint.TakeAsync(app);
        using (var forOthers = await participant.ApiAsync("POST", "/api/v1/cities/helsinki/ideas/", new { title = "Toisen yhdistyksen nimissä", body = "Teksti.", categoryId = category, language = "fi", organisationId = foreignFirm }))
        {
            ((int)forOthers.StatusCode).ShouldBeOneOf(400, 403, 404, 409);
        }

        DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app)).ShouldBeEmpty();

        // A comment: author, city, official mark and hiding come from the server.
        using var commented = await participant.ApiAsync("POST", $"/api/v1/cities/helsinki/ideas/{apiIdea}/comments", new { body = "Kommentti ylimääräisin kentin", authorId = someoneElse, tenantId = espoo.Id, isOfficial = true, hiddenAt = "2001-01-01T00:00:00Z", hiddenReason = "x", createdAt = "2001-01-01T00:00:00Z" });
        commented.StatusCode.ShouldBe(HttpStatusCode.Created);
        var commentId = (await commented.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var comment = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Comments.IgnoreQueryFilters().SingleAsync(c => c.Id == commentId));
        (comment.AuthorId, comment.TenantId, comment.IsOfficial, comment.HiddenAt, comment.HiddenReason).ShouldBe((participantId, helsinki.Id, false, (DateTime?)null, (string?)null));
        comment.CreatedAt.ShouldBeGreaterThan(DateTime.UtcNow.AddHours(-1));

        // A role granted in Helsinki stays in Helsinki, whatever city the body names.
        var fresh = (await TestData.NewUsersAsync(services, 1)).Single();
        using (var granted = await admin.ApiAsync("POST", "/api/v1/cities/helsinki/admin/roles", new { email = $"user-{fresh:N}@test.codesign.fi", role = "Moderator", tenantId = espoo.Id, cityId = espoo.Id, city = "espoo", userId = someoneElse, grantedById = someoneElse }))
        {
            granted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var assignments = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().CityRoleAssignments.IgnoreQueryFilters().Where(a => a.UserId == fresh || a.UserId == someoneElse).ToListAsync());
        assignments.Count.ShouldBe(1);
        (assignments[0].UserId, assignments[0].TenantId, assignments[0].GrantedById).ShouldBe((fresh, helsinki.Id, (Guid?)adminId));

        // Settings with another city's identity in the body change Helsinki only, and only its settings.
        var espooBefore = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == espoo.Id));
        var settings = (await admin.Api.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/api/v1/cities/helsinki/admin/settings"))!;
        settings["responseDays"] = 45;
        settings["id"] = espoo.Id;
        settings["tenantId"] = espoo.Id;
        settings["slug"] = "kaapattu";
        settings["name"] = "Kaapattu";
        using (var saved = await admin.ApiAsync("PUT", "/api/v1/cities/helsinki/admin/settings", settings))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var cities = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == helsinki.Id || c.Id == espoo.Id).ToListAsync());
        cities.Single(c => c.Id == helsinki.Id).Slug.ShouldBe("helsinki");
        cities.Single(c => c.Id == espoo.Id).Slug.ShouldBe("espoo");
        cities.Single(c => c.Id == espoo.Id).ResponseDays.ShouldBe(espooBefore.ResponseDays);
        cities.Single(c => c.Id == helsinki.Id).ResponseDays.ShouldBe(45);

        // One's profile form does not take an address, a confirmation or roles.
        using (var profile = await participant.PageAsync("POST", "/account/manage", F(
            "Input.DisplayName", "Ylimääräinen Ville", "Input.PreferredLanguage", "fi",
            "Input.Email", "kaapattu@example.fi", "Email", "kaapattu@example.fi", "Input.EmailConfirmed", "false",
            "Input.Roles", "PlatformAdmin", "Roles", "PlatformAdmin", "Input.IsAdmin", "true")))
        {
            profile.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var user = await services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == participantId));
        (user.DisplayName, user.Email, user.EmailConfirmed).ShouldBe(("Ylimääräinen Ville", People.Email(Person.Participant), true));
        using var again = await PersonSession.StartAsync(app, Person.Participant);
        using (var platform = await again.PageAsync("GET", "/admin/jobs"))
        {
            platform.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    private static Task<City> CityAsync(TestServices services, string slug) =>
        services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Slug == slug));

    private static Task<Guid> FirstCategoryAsync(TestServices services, City city) =>
        services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Categories.IgnoreQueryFilters().Where(c => c.TenantId == city.Id).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync());

    private static Task<Guid> UserIdAsync(TestServices services, string email) =>
        services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static async Task<Guid> CreatedIdAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static List<KeyValuePair<string, string>> F(params string[] pairs)
    {
        var result = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            result.Add(new(pairs[i], pairs[i + 1]));
        }

        return result;
    }
}
