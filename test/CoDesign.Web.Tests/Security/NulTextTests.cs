using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// A NUL character in text used to look something up went to PostgreSQL, which refused it (a 500) and,
/// once Npgsql had auto-prepared the statement, left the pooled connection out of step: later, valid
/// requests on it failed too. The fuzz test found both.
/// </summary>
public sealed class NulTextTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task NulInALookupKey_Is400_AndLaterValidRequestsStillSucceed()
    {
        using var admin = await SignIn.ApiAsync(app, "helsinki-admin@demo.codesign.fi");
        var category = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/cities/helsinki/admin/categories"))[0].GetProperty("id").GetString();
        var outcomes = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            // Used twice first, so the statement is auto-prepared on the connection.
            foreach (var themeKey in new[] { "mobility", "mobility", "mob\u0000ility", "mobility", "mobility" })
            {
                using var response = await admin.PutAsJsonAsync($"/api/v1/cities/helsinki/admin/categories/{category}", new { key = "x", themeKey, nameFi = "Liikenne", nameSv = "Trafik", nameEn = "Traffic" });
                var code = response.StatusCode == HttpStatusCode.NoContent ? null : (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
                outcomes.Add($"{(themeKey.Contains('\0', StringComparison.Ordinal) ? "NUL" : "valid")} {(int)response.StatusCode} {code}".TrimEnd());
            }
        }

        outcomes.Distinct().Order(StringComparer.Ordinal).ShouldBe(["NUL 400 CoDesign:Validation", "valid 204"], ignoreOrder: false, string.Join(", ", outcomes));
    }
}
