using CoDesign.Application.Ideas;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Tenancy;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Ideas;

/// <summary>
/// Officials answering one idea at the same moment: every response on record starts from the
/// status the previous one left, whatever the interleaving, and the losers are told so with a code.
/// </summary>
public sealed class ResponseConcurrencyTests : IAsyncLifetime
{
    private static readonly string[] Targets = ["Accepted", "NotPursued", "InProgress", "Implemented", "UnderReview", "Accepted", "InProgress", "NotPursued"];

    private TestDatabase _db = null!;
    private TestServices _services = null!;
    private City _city = null!;

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);
        _city = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "tampere"));
        var official = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == "tampere-official@demo.codesign.fi").Select(u => u.Id).SingleAsync());
        _services.User.SignIn(official);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task TwoContextsAnsweringTheSameIdea_TheSecondSave_IsAConcurrencyError_AndNothingOfItIsStored()
    {
        var idea = await TestData.NewIdeaAsync(_services, _city);
        using var _ = _services.Tenant.Change(_city.Id, _city.Slug);
        await using var first = _services.CreateScope();
        await using var second = _services.CreateScope();
        var db1 = first.ServiceProvider.GetRequiredService<CoDesignDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<CoDesignDbContext>();
        var seen1 = await db1.Ideas.SingleAsync(i => i.Id == idea);
        var seen2 = await db2.Ideas.SingleAsync(i => i.Id == idea);

        db1.IdeaResponses.Add(seen1.Respond(_services.User.Id!.Value, IdeaStatus.Accepted, "Hyväksytty.", null, null, DateTime.UtcNow));
        await db1.SaveChangesAsync();
        db2.IdeaResponses.Add(seen2.Respond(_services.User.Id!.Value, IdeaStatus.NotPursued, "Ei edetä.", null, null, DateTime.UtcNow));
        var error = await Should.ThrowAsync<BusinessException>(() => db2.SaveChangesAsync());

        error.Code.ShouldBe(ErrorCodes.Concurrency);
        var stored = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().IdeaResponses.IgnoreQueryFilters().Where(r => r.IdeaId == idea).ToListAsync());
        stored.Select(r => r.ToStatus).ShouldBe([IdeaStatus.Accepted]);
        var status = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.IgnoreQueryFilters().Where(i => i.Id == idea).Select(i => i.Status).SingleAsync());
        status.ShouldBe(IdeaStatus.Accepted);
    }

    [Fact]
    public async Task ParallelResponses_FormOneUnbrokenChainOfStatuses_AndEveryLoserGetsACode()
    {
        for (var round = 0; round < 5; round++)
        {
            var idea = await TestData.NewIdeaAsync(_services, _city);
            using var gate = new Barrier(Targets.Length);
            var attempts = Targets.Select(target => Task.Run(async () =>
            {
                gate.SignalAndWait(TimeSpan.FromSeconds(10));
                try
                {
                    await InCityAsync(sp => sp.GetRequiredService<ResponseAppService>().RespondAsync(idea, new ResponseInput(target, "Vastaus " + target, null, null)));
                    return "ok";
                }
                catch (BusinessException ex)
                {
                    return ex.Code;
                }
            })).ToList();
            var outcomes = await Task.WhenAll(attempts);

            outcomes.ShouldContain("ok");
            outcomes.Where(o => o != "ok").ShouldAllBe(o => o == ErrorCodes.Concurrency || o == ErrorCodes.StatusTransitionNotAllowed);
            var chain = await InCityAsync(sp => sp.GetRequiredService<CoDesignDbContext>().IdeaResponses.AsNoTracking()
                .Where(r => r.IdeaId == idea).Select(r => new { r.FromStatus, r.ToStatus }).ToListAsync());
            chain.Count.ShouldBe(outcomes.Count(o => o == "ok"));

            // The clock is fixed, so the order is read from the statuses: responses that follow one
            // another form one path from Published, so only one starts there and every other status
            // is left as often as it was reached (the last one reached once more).
            chain.Count(r => r.FromStatus == IdeaStatus.Published).ShouldBe(1, $"round {round}: two responses answered the idea as it was before either");
            var status = await InCityAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.AsNoTracking().Where(i => i.Id == idea).Select(i => i.Status).SingleAsync());
            foreach (var s in chain.SelectMany(r => new[] { r.FromStatus, r.ToStatus }).Distinct())
            {
                var left = chain.Count(r => r.FromStatus == s && r.ToStatus != s);
                var reached = chain.Count(r => r.ToStatus == s && r.FromStatus != s);
                var expected = (s == IdeaStatus.Published ? 1 : 0) - (s == status ? 1 : 0);
                (left - reached).ShouldBe(expected, $"round {round}: {s} left {left} times, reached {reached} times; the idea ended {status}");
            }
        }
    }

    private async Task<T> InCityAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var _ = _services.Tenant.Change(_city.Id, _city.Slug);
        return await _services.RunAsync(action);
    }
}
