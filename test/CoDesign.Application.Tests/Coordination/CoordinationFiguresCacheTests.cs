using CoDesign.Application.Coordination;
using CoDesign.TestBase;

namespace CoDesign.Application.Tests.Coordination;

public sealed class CoordinationFiguresCacheTests
{
    [Fact]
    public async Task ViewersArrivingTogether_ShareOneComputation_UntilItExpires()
    {
        var clock = new TestClock();
        var cache = new CoordinationFiguresCache(new CoordinationOptions { CacheDuration = TimeSpan.FromMinutes(5) }, clock);
        var computations = 0;
        var release = new TaskCompletionSource();
        async Task<string> ComputeAsync()
        {
            Interlocked.Increment(ref computations);
            await release.Task;
            return "figures";
        }

        var viewers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrCreateAsync("dashboard|2026", ComputeAsync))).ToList();
        await Task.Delay(100);
        release.SetResult();
        (await Task.WhenAll(viewers)).ShouldAllBe(f => f == "figures");
        computations.ShouldBe(1);

        clock.Advance(TimeSpan.FromMinutes(4));
        await cache.GetOrCreateAsync("dashboard|2026", ComputeAsync);
        computations.ShouldBe(1);
        await cache.GetOrCreateAsync("dashboard|2025", ComputeAsync);
        computations.ShouldBe(2, "another period is another view");

        clock.Advance(TimeSpan.FromMinutes(2));
        await cache.GetOrCreateAsync("dashboard|2026", ComputeAsync);
        computations.ShouldBe(3, "an expired view is computed again");
    }

    [Fact]
    public async Task AFailedComputation_IsNotKept()
    {
        var cache = new CoordinationFiguresCache(new CoordinationOptions(), new TestClock());
        await Should.ThrowAsync<InvalidOperationException>(() => cache.GetOrCreateAsync<string>("k", () => throw new InvalidOperationException("database down")));
        (await cache.GetOrCreateAsync("k", () => Task.FromResult("figures"))).ShouldBe("figures");
    }

    [Fact]
    public async Task WithoutADuration_EveryRequestComputes()
    {
        var cache = new CoordinationFiguresCache(new CoordinationOptions { CacheDuration = TimeSpan.Zero }, new TestClock());
        var computations = 0;
        for (var i = 0; i < 3; i++)
        {
            await cache.GetOrCreateAsync("k", () => Task.FromResult((Interlocked.Increment(ref computations)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        computations.ShouldBe(3);
    }
}
