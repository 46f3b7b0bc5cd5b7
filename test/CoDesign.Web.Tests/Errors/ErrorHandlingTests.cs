using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Errors;

/// <summary>An app with a route that fails unexpectedly, to see what a client is told.</summary>
public sealed class FailingApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, FailingRouteStartupFilter>());
    }

    private sealed class FailingRouteStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate _) =>
                context.Request.Path.Value!.EndsWith("/boom", StringComparison.Ordinal)
                    ? throw new InvalidOperationException("SELECT password_hash FROM users -- secret detail")
                    : Task.CompletedTask);
        };
    }
}

public sealed class ErrorHandlingTests(FailingApp app) : IClassFixture<FailingApp>
{
    [Fact]
    public async Task UnexpectedErrorInApi_Is500ProblemWithTraceId_AndNoDetails()
    {
        using var client = app.CreateRealClient();
        using var response = await client.GetAsync(new Uri("/api/v1/boom", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", body[..Math.Min(body.Length, 3000)]);
        body.ShouldNotContain("SELECT");
        body.ShouldNotContain("InvalidOperationException");
        body.ShouldNotContain("   at ");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe("CoDesign:Unexpected");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task UnexpectedErrorOnAPage_IsAFriendly500PageInTheUsersLanguage()
    {
        using var client = app.CreateRealClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/boom");
        request.Headers.AcceptLanguage.ParseAdd("sv-FI");
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("lang=\"sv\"");
        html.ShouldContain("Något gick fel");
        html.ShouldNotContain("SELECT");
        html.ShouldNotContain("InvalidOperationException");
    }

    [Fact]
    public async Task MalformedJson_IsA400_NotA500()
    {
        using var client = app.CreateRealClient();
        using var content = new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/auth/login", UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Validation");
    }
}
