using System.Net;
using System.Net.Http.Json;
using CoDesign.TestBase;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Admin;

/// <summary>
/// Every staff page, read from the app's own page list, opened by each kind of person: the right
/// roles of this city get the page, other signed-in people a 403, anonymous visitors the sign-in.
/// </summary>
public sealed class AdminPagesAuthorizationMatrixTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private const string Admin = "helsinki-admin@demo.codesign.fi";
    private const string Moderator = "helsinki-moderator@demo.codesign.fi";
    private const string Official = "helsinki-official@demo.codesign.fi";
    private const string Coordinator = "coordinator@demo.codesign.fi";
    private const string PlatformAdmin = "platform-admin@demo.codesign.fi";

    private static readonly string[] People =
    [
        "anonymous", "resident32@demo.codesign.fi", Moderator, Official, Admin,
        "espoo-admin@demo.codesign.fi", Coordinator, PlatformAdmin,
    ];

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["{city}/admin"] = [Admin, Moderator, Official],
        ["{city}/admin/settings"] = [Admin],
        ["{city}/admin/categories"] = [Admin],
        ["{city}/admin/processes"] = [Admin],
        ["{city}/admin/processes/{id:guid}"] = [Admin],
        ["{city}/admin/workshops"] = [Admin, Official],
        ["{city}/admin/workshops/new"] = [Admin, Official],
        ["{city}/admin/workshops/{id:guid}"] = [Admin, Official],
        ["{city}/admin/roles"] = [Admin],
        ["{city}/admin/audit"] = [Admin],
        ["{city}/admin/mail/{id:guid?}"] = [Admin],
        ["{city}/admin/moderation"] = [Moderator],
        ["{city}/admin/accountability"] = [Official],
        ["{city}/ideas/assisted"] = [Admin, Official],

        // Cross-city pages: coordinators (and platform admins for reading); no city role opens them.
        ["coordination"] = [Coordinator, PlatformAdmin],
        ["coordination/themes/{key}"] = [Coordinator, PlatformAdmin],
        ["coordination/themes"] = [Coordinator],
    };

    [Fact]
    public async Task EveryStaffPage_OpensOnlyForItsRolesOfThisCity()
    {
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("{city}/admin", StringComparison.Ordinal) || p == "{city}/ideas/assisted" || p.StartsWith("coordination", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        // A staff page added without a line here fails the test, so none can be forgotten.
        pages.OrderBy(p => p).ShouldBe(Allowed.Keys.OrderBy(k => k));

        var browsers = new Dictionary<string, Browserless>();
        foreach (var person in People)
        {
            browsers[person] = person == "anonymous" ? new Browserless(app.BaseAddress) : await SignIn.BrowserAsync(app, person);
        }

        // A page about one process opens Helsinki's own.
        using var api = await SignIn.ApiAsync(app, Admin);
        using var created = await api.PostAsJsonAsync("/api/v1/cities/helsinki/processes", new
        {
            titleFi = "Sivumatriisin prosessi", titleSv = "Sidmatrisens process", titleEn = "The page matrix process",
            questionFi = "Mitä?", questionSv = "Vad?", questionEn = "What?", descriptionFi = "x", descriptionSv = "x", descriptionEn = "x",
        });
        var processId = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var workshopId = await Workshops.WorkshopApiTests.CreateWorkshopAsync(api, "helsinki", processId, capacity: 10);

        var failures = new List<string>();
        foreach (var page in pages)
        {
            // Optional parameters ("{id:guid?}") are left out: the page's list view.
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(page, @"/\{[^}]*\?\}", string.Empty).Replace("{city}", "helsinki", StringComparison.Ordinal).Replace("{key}", "mobility", StringComparison.Ordinal).Replace("{id:guid}", (page.Contains("workshops", StringComparison.Ordinal) ? workshopId : processId).ToString(), StringComparison.Ordinal);
            foreach (var person in People)
            {
                using var response = await browsers[person].Http.GetAsync(new Uri(url, UriKind.Relative));
                var expected = person == "anonymous" ? HttpStatusCode.Redirect
                    : Allowed[page].Contains(person) ? HttpStatusCode.OK
                    : HttpStatusCode.Forbidden;
                if (response.StatusCode != expected)
                {
                    failures.Add($"{url} as {person}: {(int)response.StatusCode}, expected {(int)expected} {(response.StatusCode == HttpStatusCode.InternalServerError ? await response.Content.ReadAsStringAsync() : string.Empty)}");
                }

                if (expected == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/account/login", StringComparison.Ordinal) != true)
                {
                    failures.Add($"{url} as {person}: redirected to {response.Headers.Location}, expected the sign-in page");
                }
            }
        }

        failures.ShouldBeEmpty();
        foreach (var browser in browsers.Values)
        {
            browser.Dispose();
        }
    }
}
