using CoDesign.Application.Ideas;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Tenancy;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Voting;

/// <summary>Vote counts stay exact when many people (or one person many times) vote at the same moment.</summary>
public abstract class VotingConcurrencyTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private TestServices _services = null!;
    private City _city = null!;

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(provider);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);
        _city = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "tampere"));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task TwoHundredParticipants_VotingInParallel_GiveExactlyTwoHundredVotes()
    {
        var idea = await NewIdeaAsync();
        var voters = await NewUsersAsync(200);

        var outcomes = await Task.WhenAll(voters.Select(v => VoteAsync(idea, v)));

        outcomes.Count(o => o.Changed).ShouldBe(200);
        await AssertCountsAsync(idea, 200);
    }

    [Fact]
    public async Task OneParticipant_VotingFiftyTimesInParallel_CountsOnce()
    {
        var idea = await NewIdeaAsync();
        var voter = (await NewUsersAsync(1))[0];

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => VoteAsync(idea, voter)));

        outcomes.Count(o => o.Changed).ShouldBe(1);
        outcomes.ShouldAllBe(o => o.HasVoted);
        await AssertCountsAsync(idea, 1);
    }

    [Fact]
    public async Task ParallelVotesNearTheCap_NeverExceedIt()
    {
        const int cap = 3;
        var ideas = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            ideas.Add(await NewIdeaAsync());
        }

        var voter = (await NewUsersAsync(1))[0];
        var results = await Task.WhenAll(ideas.Select(async idea =>
        {
            try
            {
                return (await VoteAsync(idea, voter, cap)).Changed ? "voted" : "unchanged";
            }
            catch (BusinessException ex) when (ex.Code == ErrorCodes.VotingCapReached)
            {
                return "cap";
            }
        }));

        results.Count(r => r == "voted").ShouldBe(cap);
        results.Count(r => r == "cap").ShouldBe(ideas.Count - cap);
        var stored = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Votes.IgnoreQueryFilters().CountAsync(v => v.VoterId == voter));
        stored.ShouldBe(cap);
    }

    [Fact]
    public async Task VotesAndWithdrawalsInParallel_LeaveTheCounterEqualToTheRows()
    {
        var idea = await NewIdeaAsync();
        var voters = await NewUsersAsync(40);
        await Task.WhenAll(voters.Select(v => VoteAsync(idea, v)));

        // Half withdraw while the other half vote again and the first half vote anew, all at once.
        var storm = voters.Take(20).Select(v => WithdrawAsync(idea, v))
            .Concat(voters.Skip(20).Select(v => VoteAsync(idea, v)))
            .Concat(voters.Take(20).Select(v => WithdrawAsync(idea, v)));
        await Task.WhenAll(storm);

        await AssertCountsAsync(idea, 20);
    }

    [Fact]
    public async Task CrossingTheThreshold_SetsTheResponseDeadlineOnce()
    {
        var idea = await NewIdeaAsync();
        var voters = await NewUsersAsync(12);
        var outcomes = await Task.WhenAll(voters.Select(v => VoteAsync(idea, v, threshold: 5)));
        outcomes.Count(o => o.ThresholdReached).ShouldBe(1);
        var stored = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Ideas.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == idea));
        stored.ThresholdReachedAt.ShouldNotBeNull();
        stored.ResponseDueAt.ShouldBe(stored.ThresholdReachedAt!.Value.AddDays(30));
    }

    [Fact]
    public async Task VoteForAnIdeaOfAnotherCity_IsNotFound_AndNothingChanges()
    {
        var idea = await NewIdeaAsync();
        var voter = (await NewUsersAsync(1))[0];
        var helsinki = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.Where(c => c.Slug == "helsinki").Select(c => c.Id).SingleAsync());
        using (_services.Tenant.Change(helsinki, "helsinki"))
        {
            await Should.ThrowAsync<EntityNotFoundException>(() => _services.RunAsync(sp =>
                sp.GetRequiredService<IParticipationStore>().CastVoteAsync(new VoteRequest(helsinki, idea, voter, null, 50, 30, DateTime.UtcNow))));
        }

        await AssertCountsAsync(idea, 0);
    }

    private Task<VoteOutcome> VoteAsync(Guid idea, Guid voter, int? cap = null, int threshold = 1000) =>
        InCityAsync(sp => sp.GetRequiredService<IParticipationStore>().CastVoteAsync(new VoteRequest(_city.Id, idea, voter, cap, threshold, 30, DateTime.UtcNow)));

    private Task<VoteOutcome> WithdrawAsync(Guid idea, Guid voter) =>
        InCityAsync(sp => sp.GetRequiredService<IParticipationStore>().WithdrawVoteAsync(new VoteRequest(_city.Id, idea, voter, null, 1000, 30, DateTime.UtcNow)));

    private async Task<T> InCityAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var _ = _services.Tenant.Change(_city.Id, _city.Slug);
        return await _services.RunAsync(action);
    }

    private async Task AssertCountsAsync(Guid idea, int expected)
    {
        await InCityAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var counter = await db.Ideas.AsNoTracking().Where(i => i.Id == idea).Select(i => i.VoteCount).SingleAsync();
            var rows = await db.Votes.CountAsync(v => v.IdeaId == idea);
            rows.ShouldBe(expected);
            counter.ShouldBe(rows);
            return true;
        });
    }

    private Task<Guid> NewIdeaAsync() => TestData.NewIdeaAsync(_services, _city);

    private Task<List<Guid>> NewUsersAsync(int count) => TestData.NewUsersAsync(_services, count);
}
