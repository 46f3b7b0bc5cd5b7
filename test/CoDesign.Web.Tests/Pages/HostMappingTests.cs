using System.Net;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Pages;

public sealed class HostMappedApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Tenancy:Hosts:osallistu.tampere.test"] = "tampere",
    };
}

/// <summary>A configured host serves one city at its root; platform routes stay platform routes.</summary>
public sealed class HostMappingTests(HostMappedApp app) : IClassFixture<HostMappedApp>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK, "Tampere")]
    [InlineData("/accessibility", HttpStatusCode.OK, "Saavutettavuusseloste")]
    [InlineData("/tampere", HttpStatusCode.OK, "Tampere")]
    public async Task MappedHost_ServesItsCity(string path, HttpStatusCode status, string h1Part)
    {
        var page = await GetAsync("osallistu.tampere.test", path);
        page.Status.ShouldBe(status);
        page.H1.ShouldContain(h1Part);
        if (path == "/accessibility")
        {
            page.Html.ShouldContain("Tampere");
        }
    }

    [Fact]
    public async Task MappedHost_CannotReachAnotherCity()
    {
        var page = await GetAsync("osallistu.tampere.test", "/helsinki");
        page.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MappedHost_KeepsPlatformRoutes()
    {
        var page = await GetAsync("osallistu.tampere.test", "/account/login");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.H1.ShouldBe("Kirjaudu sisään");
    }

    [Fact]
    public async Task OtherHost_SeesThePlatformHome()
    {
        var page = await GetAsync("localhost", "/");
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.H1.ShouldBe("Kehitä kaupunkisi palveluja");
    }

    private async Task<Browserless.Page> GetAsync(string host, string path)
    {
        using var browser = new Browserless(app.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await Browserless.Page.ReadAsync(await browser.Http.SendAsync(request));
    }
}
