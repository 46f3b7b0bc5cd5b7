using CoDesign.TestBase;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Account;

/// <summary>The app with a clock of the tests' own for the session cookie, so that days can pass in a test.</summary>
public sealed class SessionHardeningApp : PostgresApp
{
    public TestClock CookieClock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TimeProvider = CookieClock));
    }
}
