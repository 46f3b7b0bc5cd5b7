using CoDesign.Domain.Errors;
using CoDesign.Domain.Workshops;
using static CoDesign.Domain.Tests.Workshops.WorkshopBuilder;

namespace CoDesign.Domain.Tests.Workshops;

/// <summary>Calling a workshop off, and what staff record once it has started: attendance and minutes.</summary>
public sealed class WorkshopAfterwardsTests
{
    [Fact]
    public void Cancel_MarksItCancelled_RaisesTheSequenceOnce_AndASecondCancelChangesNothing()
    {
        var workshop = New();
        var at = Start.AddDays(-1);

        workshop.Cancel(at);
        workshop.Cancel(at.AddHours(1));

        workshop.IsCancelled.ShouldBeTrue();
        workshop.CancelledAt.ShouldBe(at);
        workshop.Sequence.ShouldBe(1);
    }

    [Fact]
    public void Cancel_WhileItIsGoingOn_IsAllowed_AndAfterTheEndIsRefused()
    {
        var running = New();
        running.Cancel(Start.AddMinutes(30));
        running.IsCancelled.ShouldBeTrue();

        var held = New();
        Should.Throw<BusinessException>(() => held.Cancel(End)).Code.ShouldBe(ErrorCodes.WorkshopOver);
        held.IsCancelled.ShouldBeFalse();
        held.Sequence.ShouldBe(0);
    }

    [Fact]
    public void RecordAttendance_BeforeTheStart_IsRefused()
    {
        var workshop = New();
        Should.Throw<BusinessException>(() => workshop.RecordAttendance(10, 2, Start.AddTicks(-1))).Code.ShouldBe(ErrorCodes.WorkshopNotHeldYet);
        workshop.AttendanceCount.ShouldBeNull();
    }

    [Theory]
    [InlineData(3, 2, true)]
    [InlineData(2, 2, true)]
    [InlineData(0, 0, true)]
    [InlineData(20_000, 0, true)]
    [InlineData(1, 2, false)]
    [InlineData(-1, 0, false)]
    [InlineData(20_001, 0, false)]
    public void RecordAttendance_TheTotalIsAtLeastTheRegisteredPeopleWhoCame(int total, int present, bool accepted)
    {
        var workshop = New();
        if (accepted)
        {
            workshop.RecordAttendance(total, present, Start);
            workshop.AttendanceCount.ShouldBe(total);
        }
        else
        {
            var error = Should.Throw<BusinessException>(() => workshop.RecordAttendance(total, present, Start));
            (error.Code, error.Field, error.Details["min"]).ShouldBe((ErrorCodes.Validation, "AttendanceCount", present.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            workshop.AttendanceCount.ShouldBeNull();
        }
    }

    [Fact]
    public void RecordAttendance_Again_ReplacesTheTotal()
    {
        var workshop = New();
        workshop.RecordAttendance(12, 2, End);
        workshop.RecordAttendance(9, 2, End.AddDays(1));
        workshop.AttendanceCount.ShouldBe(9);
    }

    [Fact]
    public void MarkAttended_CountsOnlyPeopleWithASeat()
    {
        var workshop = New(capacity: 1);
        var now = Start.AddDays(-1);
        var seated = Admit(workshop, now);
        var waiting = Admit(workshop, now);

        seated.MarkAttended(true);
        waiting.MarkAttended(true);

        (seated.Attended, waiting.Attended).ShouldBe((true, false));
        seated.MarkAttended(false);
        seated.Attended.ShouldBeFalse();
    }

    [Fact]
    public void PublishMinutes_BeforeTheStart_IsRefused()
    {
        var workshop = New();
        Should.Throw<BusinessException>(() => workshop.PublishMinutes("Muistio.", null, null, Start.AddMinutes(-1))).Code.ShouldBe(ErrorCodes.WorkshopNotHeldYet);
        workshop.MinutesPublishedAt.ShouldBeNull();
    }

    [Fact]
    public void PublishMinutes_NeedsTextInOneLanguage_AndIsAtMost20000CharactersInEach()
    {
        var workshop = New();
        Should.Throw<BusinessException>(() => workshop.PublishMinutes(" ", null, "\n", End)).Field.ShouldBe("MinutesFi");
        var tooLong = Should.Throw<BusinessException>(() => workshop.PublishMinutes("Muistio.", null, new string('a', Workshop.MaxMinutesLength + 1), End));
        tooLong.Details["max"].ShouldBe("20000");
        workshop.MinutesPublishedAt.ShouldBeNull();

        workshop.PublishMinutes(null, new string('å', Workshop.MaxMinutesLength), null, End);
        workshop.MinutesSv.Length.ShouldBe(Workshop.MaxMinutesLength);
        workshop.MinutesPublishedAt.ShouldBe(End);
    }

    [Fact]
    public void PublishMinutes_Again_ReplacesTheTexts_AndKeepsTheFirstPublicationDate()
    {
        var workshop = New();
        workshop.PublishMinutes("  Ensimmäinen versio. ", "Första versionen.", null, End);
        workshop.PublishMinutes("Korjattu versio.", null, null, End.AddDays(2));

        (workshop.MinutesFi, workshop.MinutesSv, workshop.MinutesEn).ShouldBe(("Korjattu versio.", string.Empty, string.Empty));
        workshop.MinutesPublishedAt.ShouldBe(End);
    }

    [Fact]
    public void Minutes_InALanguageNotWritten_FallBackToOneThatIs()
    {
        var workshop = New();
        workshop.PublishMinutes(null, "Anteckningar på svenska.", "Minutes in English.", End);

        workshop.Minutes("sv").ShouldBe("Anteckningar på svenska.");
        workshop.Minutes("en").ShouldBe("Minutes in English.");
        workshop.Minutes("fi").ShouldBe("Anteckningar på svenska.", "no Finnish: the first language written");
        New().Minutes("fi").ShouldBe(string.Empty);
    }
}
