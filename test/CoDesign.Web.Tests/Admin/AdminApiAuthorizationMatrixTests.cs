using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Admin;

/// <summary>
/// Every city-administration endpoint, read from the app's own endpoint list (a new one cannot be
/// forgotten), called by each kind of person: only the right role of this city gets past 401/403,
/// and a refused call changes nothing.
/// </summary>
public sealed class AdminApiAuthorizationMatrixTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private static readonly string[] People =
    [
        "anonymous", "resident33@demo.codesign.fi", "helsinki-moderator@demo.codesign.fi", "helsinki-official@demo.codesign.fi",
        "helsinki-admin@demo.codesign.fi", "espoo-admin@demo.codesign.fi", "coordinator@demo.codesign.fi", "platform-admin@demo.codesign.fi",
    ];

    [Fact]
    public async Task EveryAdminEndpoint_AdmitsOnlyItsOwnRoleOfThisCity()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/cities/{city}/admin", StringComparison.Ordinal) == true)
            .Select(e => (Pattern: e.RoutePattern.RawText!, Method: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods[0]))
            .ToList();
        endpoints.Count.ShouldBeGreaterThanOrEqualTo(14);

        var clients = new Dictionary<string, HttpClient>();
        foreach (var person in People)
        {
            clients[person] = person == "anonymous" ? app.CreateRealClient() : await SignedInAsync(person);
        }

        var failures = new List<string>();
        var auditBefore = await AuditCountAsync();
        var checks = 0;
        foreach (var (pattern, method) in endpoints)
        {
            var allowed = AllowedFor(pattern);
            var url = pattern.Replace("{city}", "helsinki", StringComparison.Ordinal)
                .Replace("{id:guid}", Guid.Empty.ToString(), StringComparison.Ordinal)
                .Replace("{commentId:guid}", Guid.Empty.ToString(), StringComparison.Ordinal)
                .Replace("{assignmentId:guid}", Guid.Empty.ToString(), StringComparison.Ordinal)
                .Replace("{categoryId:guid}", Guid.Empty.ToString(), StringComparison.Ordinal);
            foreach (var person in People)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await clients[person].SendAsync(request);
                checks++;
                var status = response.StatusCode;
                var expectedDenied = person == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                var isAllowed = person == allowed;
                if (isAllowed && status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    failures.Add($"{method} {pattern} as {person}: {(int)status}, expected access");
                }

                if (!isAllowed && status != expectedDenied)
                {
                    failures.Add($"{method} {pattern} as {person}: {(int)status}, expected {(int)expectedDenied}");
                }

                if (status >= HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{method} {pattern} as {person}: {(int)status}");
                }
            }
        }

        failures.ShouldBeEmpty();
        checks.ShouldBe(endpoints.Count * People.Length);
        (await AuditCountAsync()).ShouldBe(auditBefore, "refused or empty calls must change nothing");
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    /// <summary>The one person of the matrix who holds the endpoint's permission in Helsinki.</summary>
    private static string AllowedFor(string pattern) =>
        pattern.Contains("/admin/settings", StringComparison.Ordinal) || pattern.Contains("/admin/categories", StringComparison.Ordinal) || pattern.Contains("/admin/roles", StringComparison.Ordinal) || pattern.Contains("/admin/audit", StringComparison.Ordinal)
            ? "helsinki-admin@demo.codesign.fi"
            : pattern.Contains("/admin/accountability", StringComparison.Ordinal)
                ? "helsinki-official@demo.codesign.fi"
                : "helsinki-moderator@demo.codesign.fi";

    private Task<int> AuditCountAsync() => app.InScopeAsync(sp => sp.GetRequiredService<CoDesignDbContext>().AuditEntries.IgnoreQueryFilters().CountAsync());

    private Task<HttpClient> SignedInAsync(string email) => SignIn.ApiAsync(app, email);
}
