using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;
using Npgsql;

namespace CoDesign.Web.Tests.Security;

/// <summary>The app reaches PostgreSQL through a relay the test can close (the database "down") and open again.</summary>
public sealed class OutageDbApp : PostgresApp
{
    private TcpRelay? _relay;

    public TcpRelay Relay => _relay ??= new TcpRelay(new NpgsqlConnectionStringBuilder(Database.ConnectionString).Port);

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Default"] = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Port = Relay.Port, Timeout = 3 }.ConnectionString,
    };

    public override async ValueTask DisposeAsync()
    {
        if (_relay is not null)
        {
            await _relay.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

/// <summary>PostgreSQL unreachable: 503 with Retry-After (problem details in the API, a page otherwise), and recovery without a restart.</summary>
public sealed class DatabaseOutageTests(OutageDbApp app) : IClassFixture<OutageDbApp>
{
    [Fact]
    public async Task DatabaseDown_Answers503_ThenRecoversWhenItReturns()
    {
        using var client = app.CreateRealClient();

        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var api = await client.GetAsync(new Uri("/api/v1/cities/helsinki/ideas", UriKind.Relative));
        api.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        api.Headers.RetryAfter.ShouldNotBeNull();
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:ServiceUnavailable");

        using var page = await client.GetAsync(new Uri("/helsinki", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await page.Content.ReadAsStringAsync());
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"fi\"");
        html.ShouldNotContain("Npgsql");
        html.ShouldNotContain("Exception");

        // Back: the same process serves again, nothing restarted.
        app.Relay.Open();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpStatusCode status;
        do
        {
            await Task.Delay(300);
            status = (await client.GetAsync(new Uri("/api/v1/cities/helsinki/ideas", UriKind.Relative))).StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        status.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/helsinki", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
