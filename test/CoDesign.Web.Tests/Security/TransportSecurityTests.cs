using System.Net;
using System.Text.RegularExpressions;
using CoDesign.TestBase;

namespace CoDesign.Web.Tests.Security;

/// <summary>A proxy that is not on the trusted list: what it forwards is not believed.</summary>
public sealed class UntrustedProxyApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["App:TrustedProxies"] = "10.9.9.9",
    };
}

/// <summary>
/// Behind a TLS-terminating proxy (X-Forwarded-Proto: https from loopback) the session and antiforgery cookies are <c>__Host-</c> cookies (Secure, Path=/, no
/// Domain, HttpOnly, SameSite=Lax) and a whole sign-in works with them; X-Forwarded-Proto is
/// believed only from a trusted proxy.
/// </summary>
public sealed partial class TransportSecurityTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task UnderHttps_SignInUsesHostPrefixedSecureCookies_AndTheSessionWorks()
    {
        using var proxy = new ProxiedClient(app.BaseAddress, forwardedProto: "https");
        using var login = await proxy.SendAsync(HttpMethod.Get, "/account/login");
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var antiforgery = SetCookie(login, "__Host-CoDesign.Antiforgery");
        ShouldBeHostCookie(antiforgery);

        var token = TokenField().Match(await login.Content.ReadAsStringAsync()).Groups[1].Value;
        using var signedIn = await proxy.SendAsync(HttpMethod.Post, "/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "resident20@demo.codesign.fi",
            ["Input.Password"] = Databases.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var auth = SetCookie(signedIn, "__Host-CoDesign.Auth");
        ShouldBeHostCookie(auth);
        signedIn.Headers.GetValues("Set-Cookie").ShouldNotContain(c => c.StartsWith(".CoDesign.", StringComparison.Ordinal));

        using var manage = await proxy.SendAsync(HttpMethod.Get, "/account/manage");
        manage.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manage.Content.ReadAsStringAsync()).ShouldContain("resident20@demo.codesign.fi");

        // The same session value under the unprefixed name (as a sibling subdomain could plant it) is not accepted over HTTPS.
        using var planted = new ProxiedClient(app.BaseAddress, forwardedProto: "https");
        planted.Set(".CoDesign.Auth", proxy.Get("__Host-CoDesign.Auth"));
        using var refused = await planted.SendAsync(HttpMethod.Get, "/account/manage");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    private static void ShouldBeHostCookie(string header)
    {
        var attributes = header.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        attributes.ShouldContain("secure");
        attributes.ShouldContain("path=/");
        attributes.ShouldContain("httponly");
        attributes.ShouldContain(a => a.StartsWith("samesite=", StringComparison.Ordinal) && a != "samesite=none");
        attributes.ShouldNotContain(a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    internal static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").SingleOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal))
        ?? throw new ShouldAssertException($"no {name} cookie in: {string.Join(" | ", response.Headers.GetValues("Set-Cookie"))}");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

/// <summary>On plain http (the embedded mode) the cookies keep working without Secure; forwarded https comes only from trusted proxies.</summary>
public sealed class PlainHttpCookieTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task OnPlainHttp_CookiesAreNotSecureAndNotHostPrefixed()
    {
        using var proxy = new ProxiedClient(app.BaseAddress, forwardedProto: null);
        using var login = await proxy.SendAsync(HttpMethod.Get, "/account/login");
        var cookie = TransportSecurityTests.SetCookie(login, ".CoDesign.Antiforgery");
        cookie.ToLowerInvariant().ShouldNotContain("secure");
    }

    [Fact]
    public async Task ATrustedProxysHttps_MakesTheLanguageCookieSecure()
    {
        using var plain = new ProxiedClient(app.BaseAddress, forwardedProto: null);
        using var viaHttp = await plain.SendAsync(HttpMethod.Get, "/?lang=sv");
        TransportSecurityTests.SetCookie(viaHttp, ".AspNetCore.Culture").ToLowerInvariant().ShouldNotContain("secure");

        using var proxied = new ProxiedClient(app.BaseAddress, forwardedProto: "https");
        using var viaHttps = await proxied.SendAsync(HttpMethod.Get, "/?lang=sv");
        TransportSecurityTests.SetCookie(viaHttps, ".AspNetCore.Culture").ToLowerInvariant().ShouldContain("secure");
    }
}

/// <summary>X-Forwarded-Proto from an address that is not a trusted proxy changes nothing.</summary>
public sealed class UntrustedProxyTests(UntrustedProxyApp app) : IClassFixture<UntrustedProxyApp>
{
    [Fact]
    public async Task HttpsForwardedByAnUntrustedPeer_IsIgnored()
    {
        using var proxied = new ProxiedClient(app.BaseAddress, forwardedProto: "https");
        using var response = await proxied.SendAsync(HttpMethod.Get, "/?lang=sv");
        TransportSecurityTests.SetCookie(response, ".AspNetCore.Culture").ToLowerInvariant().ShouldNotContain("secure");
    }
}

/// <summary>
/// A client standing in for browser + proxy: it keeps cookies itself (a Secure cookie travels
/// because the browser's side of the proxy is https) and adds X-Forwarded-Proto.
/// </summary>
internal sealed class ProxiedClient(Uri baseAddress, string? forwardedProto) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var pair in values.Select(v => v.Split(';')[0].Split('=', 2)))
            {
                _cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    public string Get(string name) => _cookies[name];

    public void Set(string name, string value) => _cookies[name] = value;

    public void Dispose() => _http.Dispose();
}
