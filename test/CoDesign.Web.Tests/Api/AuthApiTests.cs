using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Api;

/// <summary>API sign-in with ASP.NET Core Identity's bearer tokens.</summary>
public sealed class AuthApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Login_WithDemoResident_ReturnsABearerTokenThatIdentifiesThem()
    {
        using var client = app.CreateRealClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "resident7@demo.codesign.fi", password = Databases.DemoPassword });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        var accessToken = token.GetProperty("accessToken").GetString();
        accessToken.ShouldNotBeNullOrWhiteSpace();
        token.GetProperty("expiresIn").GetInt32().ShouldBe(3600);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var me = await client.SendAsync(request);
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await me.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("email").GetString().ShouldBe("resident7@demo.codesign.fi");
    }

    [Fact]
    public async Task Me_WithoutToken_Is401ProblemDetails()
    {
        using var client = app.CreateRealClient();
        using var response = await client.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("CoDesign:Unauthenticated");
    }

    [Fact]
    public async Task Me_WithAForgedToken_Is401()
    {
        using var client = app.CreateRealClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8forged-token");
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_WithWrongPassword_Is401WithCode()
    {
        using var client = app.CreateRealClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "resident8@demo.codesign.fi", password = "wrong-password-123" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("CoDesign:Account:InvalidCredentials");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("accessToken");
    }

    [Fact]
    public async Task Login_ForAnUnknownAddress_AnswersExactlyLikeAWrongPassword()
    {
        using var client = app.CreateRealClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody-here@demo.codesign.fi", password = "wrong-password-123" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Account:InvalidCredentials");
    }

    [Fact]
    public async Task Login_WithoutPassword_Is400NamingTheField()
    {
        using var client = app.CreateRealClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "resident9@demo.codesign.fi" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("CoDesign:Validation");
        problem.GetProperty("field").GetString().ShouldBe("password");
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccount()
    {
        using var client = app.CreateRealClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "resident44@demo.codesign.fi", password = "wrong-password-123" });
        }

        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "resident44@demo.codesign.fi", password = Databases.DemoPassword });
        response.StatusCode.ShouldBe((HttpStatusCode)423);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Account:LockedOut");
    }
}
