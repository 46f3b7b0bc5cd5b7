using System.Net;
using System.Net.Http.Json;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using CoDesign.Web.Tests.Jobs;

namespace CoDesign.Web.Tests.ScaleOut;

/// <summary>
/// docs/deployment.md: rate limits are counted in each node's memory, so behind N nodes a client
/// gets up to N times the per-node limit. Two node processes on one database, each limiting
/// sign-in to three tries a minute: the fourth try on a node is refused there, and the other
/// node still counts its own three.
/// </summary>
[Collection(NodeProcesses.Name)]
public sealed class PerNodeRateLimitTests
{
    private static readonly Dictionary<string, string> ThreeSignInsAMinute = new()
    {
        ["RateLimits:SignInPermits"] = "3",
        ["RateLimits:SignInWindow"] = "00:01:00",
    };

    [Fact]
    public async Task SignInLimit_HoldsOnEachNode_AndIsCountedPerNode()
    {
        await using var database = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        var starting = new[] { AppProcess.StartAsync(database.ConnectionString, ThreeSignInsAMinute), AppProcess.StartAsync(database.ConnectionString, ThreeSignInsAMinute) };
        await using var a = await starting[0];
        await using var b = await starting[1];
        using var onA = new HttpClient { BaseAddress = a.BaseAddress };
        using var onB = new HttpClient { BaseAddress = b.BaseAddress };

        var fromA = await TriesAsync(onA, 4);
        fromA.Take(3).ShouldAllBe(s => s == HttpStatusCode.Unauthorized, a.Output);
        fromA[3].ShouldBe(HttpStatusCode.TooManyRequests, a.Output);

        // Node B has not counted node A's tries: three more are answered, the fourth is refused.
        var fromB = await TriesAsync(onB, 4);
        fromB.Take(3).ShouldAllBe(s => s == HttpStatusCode.Unauthorized, b.Output);
        fromB[3].ShouldBe(HttpStatusCode.TooManyRequests, b.Output);

        // And node A still refuses: its window has not passed.
        (await TriesAsync(onA, 1))[0].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private static async Task<List<HttpStatusCode>> TriesAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.fi", password = "väärä salasana" });
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
