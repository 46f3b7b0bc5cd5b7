using CoDesign.Domain.Tenancy;

namespace CoDesign.Domain.Tests.Tenancy;

public class CityVotingTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void IsVotingOpenAt_NewCity_IsOpenWithoutDates()
    {
        var city = TestData.City();

        city.IsVotingOpenAt(TestData.Now).ShouldBeTrue();
        city.IsVotingOpenAt(DateTime.MinValue).ShouldBeTrue();
    }

    [Fact]
    public void IsVotingOpenAt_WhenSwitchedOff_IsClosedEvenInsideThePhase()
    {
        var city = TestData.City();
        city.SetVoting(false, Start, End, null);

        city.IsVotingOpenAt(Start.AddDays(10)).ShouldBeFalse();
    }

    [Fact]
    public void IsVotingOpenAt_FollowsThePhaseDates_StartInclusiveEndExclusive()
    {
        var city = TestData.City();
        city.SetVoting(true, Start, End, null);

        city.IsVotingOpenAt(Start.AddTicks(-1)).ShouldBeFalse();
        city.IsVotingOpenAt(Start).ShouldBeTrue();
        city.IsVotingOpenAt(Start.AddDays(15)).ShouldBeTrue();
        city.IsVotingOpenAt(End.AddTicks(-1)).ShouldBeTrue();
        city.IsVotingOpenAt(End).ShouldBeFalse();
        city.IsVotingOpenAt(End.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void IsVotingOpenAt_WithOnlyAStart_StaysOpenAfterIt()
    {
        var city = TestData.City();
        city.SetVoting(true, Start, null, null);

        city.IsVotingOpenAt(Start.AddDays(-1)).ShouldBeFalse();
        city.IsVotingOpenAt(Start.AddYears(5)).ShouldBeTrue();
    }

    [Fact]
    public void IsVotingOpenAt_WithOnlyAnEnd_IsOpenUntilIt()
    {
        var city = TestData.City();
        city.SetVoting(true, null, End, null);

        city.IsVotingOpenAt(End.AddYears(-5)).ShouldBeTrue();
        city.IsVotingOpenAt(End).ShouldBeFalse();
    }
}
