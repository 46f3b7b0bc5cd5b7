using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Security;

/// <summary>Input the server cannot take, found by the fuzz test answering 500: now a 4xx with a code.</summary>
public sealed class UnreadableInputTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    /// <summary>
    /// A NUL in text used to look something up went to PostgreSQL, which refused it (a 500) and, once
    /// Npgsql had auto-prepared the statement, left the pooled connection out of step: later, valid
    /// requests on it failed too.
    /// </summary>
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

    [Theory]
    [InlineData("application/json; charset=nope")]
    [InlineData("application/vnd.fuzz+json; charset=x-unknown")]
    public async Task ABodyInACharsetNobodyKnows_Is415ProblemDetails(string contentType)
    {
        using var client = app.CreateRealClient();
        using var content = new ByteArrayContent("{\"email\":\"a@example.fi\",\"password\":\"x\"}"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await client.PostAsync(new Uri("/api/v1/auth/login", UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!.ShouldStartWith("CoDesign:");
    }
}
