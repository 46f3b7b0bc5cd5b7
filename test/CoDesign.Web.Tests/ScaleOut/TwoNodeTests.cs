using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.TestBase;
using CoDesign.Web.Tests.Jobs;

namespace CoDesign.Web.Tests.ScaleOut;

/// <summary>
/// Two nodes as separate processes on one PostgreSQL and nothing else shared: what one node
/// writes the other reads at once, and a sign-in made on one node (cookie or bearer token) is
/// accepted by the other, because the data-protection key ring lives in the database.
/// </summary>
[Collection(NodeProcesses.Name)]
public sealed class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private AppProcess A => nodes.A;

    private AppProcess B => nodes.B;

    [Fact]
    public async Task VoteThroughNodeA_IsVisibleOnNodeB_AndAWithdrawalOnBOnA()
    {
        using var onA = await BearerClientAsync(A, "resident12@demo.codesign.fi");
        using var anonymousOnB = new HttpClient { BaseAddress = B.BaseAddress };
        var list = await anonymousOnB.GetFromJsonAsync<JsonElement>("/api/v1/cities/tampere/ideas?sort=newest&pageSize=50");
        var idea = list.GetProperty("items").EnumerateArray().First().GetProperty("id").GetGuid();
        var before = await VoteCountAsync(anonymousOnB, idea);

        using (var vote = await onA.PutAsync(new Uri($"/api/v1/cities/tampere/ideas/{idea}/vote", UriKind.Relative), null))
        {
            vote.StatusCode.ShouldBe(HttpStatusCode.OK, A.Output);
        }

        (await VoteCountAsync(anonymousOnB, idea)).ShouldBe(before + 1);

        // The same bearer token on node B: B knows the person and that they have voted.
        using var onB = new HttpClient { BaseAddress = B.BaseAddress };
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;
        var seenByB = await onB.GetFromJsonAsync<JsonElement>($"/api/v1/cities/tampere/ideas/{idea}");
        seenByB.GetProperty("hasVoted").GetBoolean().ShouldBeTrue(B.Output);

        using (var withdraw = await onB.DeleteAsync(new Uri($"/api/v1/cities/tampere/ideas/{idea}/vote", UriKind.Relative)))
        {
            withdraw.StatusCode.ShouldBe(HttpStatusCode.OK, B.Output);
        }

        using var anonymousOnA = new HttpClient { BaseAddress = A.BaseAddress };
        (await VoteCountAsync(anonymousOnA, idea)).ShouldBe(before);
    }

    [Fact]
    public async Task SignInCookieFromNodeA_IsAcceptedByNodeB()
    {
        using var browser = new Browserless(A.BaseAddress);
        await SignIn.IntoAsync(browser, "resident13@demo.codesign.fi");

        // The same cookie jar against node B (cookies do not depend on the port).
        using var onB = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = browser.Cookies, UseCookies = true }) { BaseAddress = B.BaseAddress };
        using var page = await onB.GetAsync(new Uri("/account/participation", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK, $"B sent the person to {page.Headers.Location}\n{B.Output}");

        // A form on B posted back to B with the antiforgery cookie A issued at sign-in: signing out.
        using var onBAsBrowser = new Browserless(B.BaseAddress);
        foreach (Cookie cookie in browser.Cookies.GetAllCookies())
        {
            onBAsBrowser.Cookies.Add(cookie);
        }

        var home = await onBAsBrowser.GetAsync("/helsinki");
        home.Status.ShouldBe(HttpStatusCode.OK);
        using var signOut = await onBAsBrowser.SubmitAsync(home, "form[action='/account/logout']", new Dictionary<string, string>());
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect, B.Output);
        using var afterSignOut = await onBAsBrowser.Http.GetAsync(new Uri("/account/participation", UriKind.Relative));
        afterSignOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = B.BaseAddress };
        using var refused = await anonymous.GetAsync(new Uri("/account/participation", UriKind.Relative));
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect, "without the cookie B must ask the person to sign in");
    }

    private static async Task<HttpClient> BearerClientAsync(AppProcess node, string email)
    {
        var client = new HttpClient { BaseAddress = node.BaseAddress };
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Databases.DemoPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, node.Output);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<int> VoteCountAsync(HttpClient client, Guid idea) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cities/tampere/ideas/{idea}")).GetProperty("voteCount").GetInt32();
}
