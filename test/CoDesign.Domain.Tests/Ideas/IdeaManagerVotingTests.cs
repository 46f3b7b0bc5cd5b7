using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;

namespace CoDesign.Domain.Tests.Ideas;

public class IdeaManagerVotingTests
{
    [Fact]
    public void Vote_OnPublishedIdeaWhileVotingOpen_IsRecordedAndCounted()
    {
        var city = TestData.City();
        var idea = TestData.PublishedIdea(city);
        var voter = Guid.NewGuid();
        var at = TestData.Now.AddHours(1);

        var vote = IdeaManager.CastVote(city, idea, voter, at);

        vote.TenantId.ShouldBe(city.Id);
        vote.IdeaId.ShouldBe(idea.Id);
        vote.VoterId.ShouldBe(voter);
        vote.CreatedAt.ShouldBe(at);
        idea.VoteCount.ShouldBe(1);
        idea.LastActivityAt.ShouldBe(at);
    }

    [Fact]
    public void Vote_WhenPhaseClosed_IsRejected()
    {
        var city = TestData.City();
        var idea = TestData.PublishedIdea(city);
        city.SetVoting(false, null, null, null);

        var ex = Should.Throw<BusinessException>(() => IdeaManager.CastVote(city, idea, Guid.NewGuid(), TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.VotingPhaseClosed);
        ex.Code.ShouldBe("CoDesign:Voting:PhaseClosed");
        idea.VoteCount.ShouldBe(0);
    }

    [Fact]
    public void Vote_AfterThePhaseEnded_IsRejected()
    {
        var city = TestData.City();
        var idea = TestData.PublishedIdea(city);
        city.SetVoting(true, TestData.Now.AddDays(-30), TestData.Now, null);

        var ex = Should.Throw<BusinessException>(() => IdeaManager.CastVote(city, idea, Guid.NewGuid(), TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.VotingPhaseClosed);
        idea.VoteCount.ShouldBe(0);
    }

    [Theory]
    [InlineData(IdeaStatus.Draft)]
    [InlineData(IdeaStatus.AwaitingModeration)]
    [InlineData(IdeaStatus.Accepted)]
    [InlineData(IdeaStatus.Implemented)]
    [InlineData(IdeaStatus.NotPursued)]
    [InlineData(IdeaStatus.Merged)]
    [InlineData(IdeaStatus.Hidden)]
    public void Vote_WhenIdeaNotOpen_IsRejected(IdeaStatus status)
    {
        var city = TestData.City();
        var idea = TestData.DraftIdea(city);
        idea.ChangeStatus(status, TestData.Now);

        var ex = Should.Throw<BusinessException>(() => IdeaManager.CastVote(city, idea, Guid.NewGuid(), TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.IdeaNotOpen);
        ex.Code.ShouldBe("CoDesign:Ideas:NotOpen");
        idea.VoteCount.ShouldBe(0);
    }

    [Fact]
    public void Vote_OnIdeaUnderReview_IsAccepted()
    {
        var city = TestData.City();
        var idea = TestData.PublishedIdea(city);
        idea.ChangeStatus(IdeaStatus.UnderReview, TestData.Now);

        IdeaManager.CastVote(city, idea, Guid.NewGuid(), TestData.Now);

        idea.VoteCount.ShouldBe(1);
    }

    [Fact]
    public void Vote_WhenPhaseClosedAndIdeaNotOpen_ReportsThePhase()
    {
        var city = TestData.City();
        city.SetVoting(false, null, null, null);

        var ex = Should.Throw<BusinessException>(() => IdeaManager.CastVote(city, TestData.DraftIdea(city), Guid.NewGuid(), TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.VotingPhaseClosed);
    }

    [Fact]
    public void Vote_ReachingTheThreshold_SetsResponseDueOnceOnly()
    {
        var city = TestData.City();
        city.SetAccountability(3, 30);
        var idea = TestData.PublishedIdea(city);
        var t = TestData.Now;

        IdeaManager.CastVote(city, idea, Guid.NewGuid(), t.AddHours(1));
        IdeaManager.CastVote(city, idea, Guid.NewGuid(), t.AddHours(2));
        idea.ThresholdReachedAt.ShouldBeNull();
        idea.ResponseDueAt.ShouldBeNull();

        IdeaManager.CastVote(city, idea, Guid.NewGuid(), t.AddHours(3));
        idea.ThresholdReachedAt.ShouldBe(t.AddHours(3));
        idea.ResponseDueAt.ShouldBe(t.AddHours(3).AddDays(30));

        IdeaManager.CastVote(city, idea, Guid.NewGuid(), t.AddHours(4));
        city.SetAccountability(3, 90);
        IdeaManager.CastVote(city, idea, Guid.NewGuid(), t.AddHours(5));

        idea.VoteCount.ShouldBe(5);
        idea.ThresholdReachedAt.ShouldBe(t.AddHours(3));
        idea.ResponseDueAt.ShouldBe(t.AddHours(3).AddDays(30));
    }

    [Fact]
    public void Vote_WithThresholdOfOne_SetsResponseDueOnTheFirstVote()
    {
        var city = TestData.City();
        city.SetAccountability(1, 14);
        var idea = TestData.PublishedIdea(city);

        IdeaManager.CastVote(city, idea, Guid.NewGuid(), TestData.Now);

        idea.ThresholdReachedAt.ShouldBe(TestData.Now);
        idea.ResponseDueAt.ShouldBe(TestData.Now.AddDays(14));
    }
}
