using System.Globalization;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Workshops;
using static CoDesign.Domain.Tests.Workshops.WorkshopBuilder;

namespace CoDesign.Domain.Tests.Workshops;

/// <summary>Seats: the registration window, the capacity, the waiting list in order, cancellations handing a seat on.</summary>
public sealed class WorkshopSeatTests
{
    private static readonly DateTime Opens = Start.AddDays(-14);
    private static readonly DateTime Closes = Start.AddDays(-1);

    [Fact]
    public void RegistrationWindow_OpensAtItsTime_AndClosesAtItsTimeExclusively()
    {
        var workshop = New(opens: Opens, closes: Closes);

        workshop.IsRegistrationOpenAt(Opens.AddTicks(-1)).ShouldBeFalse();
        workshop.IsRegistrationOpenAt(Opens).ShouldBeTrue();
        workshop.IsRegistrationOpenAt(Closes.AddTicks(-1)).ShouldBeTrue();
        workshop.IsRegistrationOpenAt(Closes).ShouldBeFalse();
        workshop.IsRegistrationOpenAt(Start.AddHours(1)).ShouldBeFalse();
    }

    [Fact]
    public void RegistrationWindow_WithoutDates_IsOpenFromTheStartUntilTheWorkshopStarts()
    {
        var workshop = New();

        workshop.IsRegistrationOpenAt(Created.AddYears(-1)).ShouldBeTrue();
        workshop.IsRegistrationOpenAt(Start.AddTicks(-1)).ShouldBeTrue();
        workshop.IsRegistrationOpenAt(Start).ShouldBeFalse();
    }

    [Fact]
    public void Admit_BeforeTheWindow_IsRefusedWithTheWindowInTheDetails()
    {
        var workshop = New(opens: Opens, closes: Closes);

        var error = Should.Throw<BusinessException>(() => workshop.Admit(Opens.AddMinutes(-1), byStaff: false));

        error.Code.ShouldBe(ErrorCodes.WorkshopRegistrationClosed);
        DateTime.Parse(error.Details["from"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ShouldBe(Opens);
        DateTime.Parse(error.Details["to"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ShouldBe(Closes);
        workshop.ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public void Admit_AfterTheWindowClosed_IsRefused_ButStaffMayStillAddPeopleUntilTheStart()
    {
        var workshop = New(capacity: 5, opens: Opens, closes: Closes);

        var error = Should.Throw<BusinessException>(() => workshop.Admit(Closes, byStaff: false));
        error.Code.ShouldBe(ErrorCodes.WorkshopRegistrationClosed);
        error.Details.ContainsKey("from").ShouldBeTrue();

        // Staff take calls before the window opens and after it closes.
        workshop.Admit(Opens.AddDays(-1), byStaff: true).ShouldBe(RegistrationStatus.Confirmed);
        workshop.Admit(Start.AddTicks(-1), byStaff: true).ShouldBe(RegistrationStatus.Confirmed);
        Should.Throw<BusinessException>(() => workshop.Admit(Start, byStaff: true)).Code.ShouldBe(ErrorCodes.WorkshopRegistrationClosed);
        workshop.ConfirmedCount.ShouldBe(2);
    }

    [Fact]
    public void Admit_WithoutAnOpeningDate_NamesOnlyTheEnd()
    {
        var workshop = New();
        var error = Should.Throw<BusinessException>(() => workshop.Admit(Start.AddMinutes(5), byStaff: false));
        error.Details.ContainsKey("from").ShouldBeFalse();
        DateTime.Parse(error.Details["to"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ShouldBe(Start);
    }

    [Fact]
    public void Admit_FillsTheSeats_ThenPutsPeopleOnTheWaitingList_AndTheCountNeverPassesTheCapacity()
    {
        var workshop = New(capacity: 2);
        var now = Start.AddDays(-2);

        var statuses = Enumerable.Range(0, 5).Select(_ => workshop.Admit(now, byStaff: false)).ToList();

        statuses.ShouldBe([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted]);
        workshop.ConfirmedCount.ShouldBe(2);
    }

    [Fact]
    public void Admit_ToACancelledWorkshop_IsRefused_ForStaffToo()
    {
        var workshop = New();
        workshop.Cancel(Start.AddDays(-3));

        Should.Throw<BusinessException>(() => workshop.Admit(Start.AddDays(-2), byStaff: false)).Code.ShouldBe(ErrorCodes.WorkshopCancelled);
        Should.Throw<BusinessException>(() => workshop.Admit(Start.AddDays(-2), byStaff: true)).Code.ShouldBe(ErrorCodes.WorkshopCancelled);
        workshop.IsRegistrationOpenAt(Start.AddDays(-2)).ShouldBeFalse();
        workshop.ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public void Release_OfASeat_GoesToThePersonWaiting_AndTheCountStays()
    {
        var workshop = New(capacity: 1);
        var now = Start.AddDays(-2);
        var holder = Admit(workshop, now);
        var waiting = Admit(workshop, now.AddMinutes(1));
        waiting.Status.ShouldBe(RegistrationStatus.Waitlisted);

        var promoted = workshop.Release(holder, waiting, now.AddHours(1));

        promoted.ShouldBeSameAs(waiting);
        holder.Status.ShouldBe(RegistrationStatus.Cancelled);
        holder.IsActive.ShouldBeFalse();
        holder.CalendarSequence.ShouldBe(1, "a cancellation supersedes the invitation in the person's calendar");
        waiting.Status.ShouldBe(RegistrationStatus.Confirmed);
        waiting.StatusChangedAt.ShouldBe(now.AddHours(1));
        waiting.CalendarSequence.ShouldBe(0);
        workshop.ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public void Release_OfASeat_WithNobodyWaiting_FreesIt()
    {
        var workshop = New(capacity: 2);
        var now = Start.AddDays(-2);
        var holder = Admit(workshop, now);
        Admit(workshop, now);

        workshop.Release(holder, null, now).ShouldBeNull();

        workshop.ConfirmedCount.ShouldBe(1);
        workshop.Admit(now, byStaff: false).ShouldBe(RegistrationStatus.Confirmed, "the freed seat can be taken again");
    }

    [Fact]
    public void Release_OfAPlaceInTheQueue_FreesNoSeat_AndPromotesNobody()
    {
        var workshop = New(capacity: 1);
        var now = Start.AddDays(-2);
        Admit(workshop, now);
        var first = Admit(workshop, now);
        var second = Admit(workshop, now);

        workshop.Release(first, second, now).ShouldBeNull();

        first.Status.ShouldBe(RegistrationStatus.Cancelled);
        second.Status.ShouldBe(RegistrationStatus.Waitlisted);
        workshop.ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public void Release_Twice_ChangesNothingTheSecondTime()
    {
        var workshop = New(capacity: 2);
        var now = Start.AddDays(-2);
        var holder = Admit(workshop, now);
        Admit(workshop, now);
        workshop.Release(holder, null, now);

        workshop.Release(holder, null, now.AddMinutes(5)).ShouldBeNull();

        workshop.ConfirmedCount.ShouldBe(1);
        holder.CalendarSequence.ShouldBe(1);
        holder.StatusChangedAt.ShouldBe(now);
    }

    [Fact]
    public void Release_WhenTheOneNamedIsNotWaiting_FreesTheSeatInstead()
    {
        var workshop = New(capacity: 2);
        var now = Start.AddDays(-2);
        var holder = Admit(workshop, now);
        var other = Admit(workshop, now);

        workshop.Release(holder, other, now).ShouldBeNull();

        other.Status.ShouldBe(RegistrationStatus.Confirmed);
        workshop.ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public void Release_AfterTheStart_PromotesNobody()
    {
        var workshop = New(capacity: 1);
        var now = Start.AddDays(-2);
        var holder = Admit(workshop, now);
        var waiting = Admit(workshop, now);

        workshop.Release(holder, waiting, Start.AddMinutes(10)).ShouldBeNull();

        waiting.Status.ShouldBe(RegistrationStatus.Waitlisted);
        workshop.ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public void TryPromote_AfterTheCapacityGrew_MovesPeopleUpUntilItIsFullAgain()
    {
        var workshop = New(capacity: 1);
        var now = Start.AddDays(-2);
        Admit(workshop, now);
        var first = Admit(workshop, now);
        var second = Admit(workshop, now);
        workshop.TryPromote(first, now).ShouldBeFalse("no seat is free yet");

        Update(workshop, capacity: 2);

        workshop.TryPromote(first, now).ShouldBeTrue();
        workshop.TryPromote(second, now).ShouldBeFalse();
        (first.Status, second.Status, workshop.ConfirmedCount).ShouldBe((RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted, 2));
        workshop.TryPromote(first, now).ShouldBeFalse("a person with a seat is not promoted again");
        workshop.ConfirmedCount.ShouldBe(2);
    }

    [Fact]
    public void TryPromote_OnceStartedOrCancelled_DoesNothing()
    {
        var workshop = New(capacity: 1);
        var now = Start.AddDays(-2);
        Admit(workshop, now);
        var waiting = Admit(workshop, now);
        Update(workshop, capacity: 2);

        workshop.TryPromote(waiting, Start).ShouldBeFalse();
        workshop.Cancel(now);
        workshop.TryPromote(waiting, now).ShouldBeFalse();

        (waiting.Status, workshop.ConfirmedCount).ShouldBe((RegistrationStatus.Waitlisted, 1));
    }

    [Fact]
    public void Release_OfACancelledWorkshop_PromotesNobody()
    {
        var workshop = New(capacity: 1);
        var now = Start.AddDays(-2);
        var holder = Admit(workshop, now);
        var waiting = Admit(workshop, now);
        workshop.Cancel(now);

        workshop.Release(holder, waiting, now.AddMinutes(1)).ShouldBeNull();

        waiting.Status.ShouldBe(RegistrationStatus.Waitlisted);
        workshop.ConfirmedCount.ShouldBe(0);
    }
}
