using CoDesign.Application.Ideas;
using CoDesign.Application.Moderation;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Tenancy;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Voting;

/// <summary>Merging duplicates moves support exactly, also while people keep voting.</summary>
public sealed class MergeTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private TestServices _services = null!;
    private City _city = null!;

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);
        _city = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "oulu"));
        var moderator = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == "oulu-moderator@demo.codesign.fi").Select(u => u.Id).SingleAsync());
        _services.User.SignIn(moderator);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Merge_WithOverlappingVoters_CountsEachPersonOnce()
    {
        var duplicate = await NewIdeaAsync();
        var survivor = await NewIdeaAsync();
        var voters = await NewUsersAsync(30);
        await Task.WhenAll(voters.Take(20).Select(v => VoteAsync(duplicate, v)));
        await Task.WhenAll(voters.Skip(10).Select(v => VoteAsync(survivor, v)));

        var count = await InCityAsync(sp => sp.GetRequiredService<MergeAppService>().MergeAsync(duplicate, survivor));

        count.ShouldBe(30);
        await InCityAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            (await db.Votes.CountAsync(v => v.IdeaId == survivor)).ShouldBe(30);
            (await db.Votes.CountAsync(v => v.IdeaId == duplicate)).ShouldBe(0);
            var merged = await db.Ideas.AsNoTracking().SingleAsync(i => i.Id == duplicate);
            merged.Status.ShouldBe(IdeaStatus.Merged);
            merged.MergedIntoId.ShouldBe(survivor);
            merged.VoteCount.ShouldBe(0);
            (await db.AuditEntries.CountAsync(a => a.TargetId == duplicate && a.Action == "ideas.merged")).ShouldBe(1);
            return true;
        });
    }

    [Fact]
    public async Task Merge_WhileVotesArrive_LosesAndDoublesNothing()
    {
        var duplicate = await NewIdeaAsync();
        var survivor = await NewIdeaAsync();
        var early = await NewUsersAsync(20);
        var late = await NewUsersAsync(40);
        await Task.WhenAll(early.Select(v => VoteAsync(duplicate, v)));

        // Late voters vote for both ideas while the merge runs; votes on the duplicate after the
        // merge are refused (it is no longer open), those before it move.
        var storm = late.Select(async v =>
        {
            try
            {
                await VoteAsync(duplicate, v);
            }
            catch (Domain.Errors.BusinessException ex) when (ex.Code == "CoDesign:Ideas:NotOpen")
            {
            }

            await VoteAsync(survivor, v);
        }).ToList();
        var merge = InCityAsync(sp => sp.GetRequiredService<MergeAppService>().MergeAsync(duplicate, survivor));
        await Task.WhenAll(storm.Append(merge));

        await InCityAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var rows = await db.Votes.CountAsync(v => v.IdeaId == survivor);
            rows.ShouldBe(60);
            (await db.Ideas.AsNoTracking().Where(i => i.Id == survivor).Select(i => i.VoteCount).SingleAsync()).ShouldBe(rows);
            (await db.Votes.CountAsync(v => v.IdeaId == duplicate)).ShouldBe(0);
            return true;
        });
    }

    private Task<VoteOutcome> VoteAsync(Guid idea, Guid voter) =>
        InCityAsync(sp => sp.GetRequiredService<IParticipationStore>().CastVoteAsync(new VoteRequest(_city.Id, idea, voter, null, 1000, 30, DateTime.UtcNow)));

    private async Task<T> InCityAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        using var _ = _services.Tenant.Change(_city.Id, _city.Slug);
        return await _services.RunAsync(action);
    }

    private Task<Guid> NewIdeaAsync() => TestData.NewIdeaAsync(_services, _city);

    private Task<List<Guid>> NewUsersAsync(int count) => TestData.NewUsersAsync(_services, count);
}
