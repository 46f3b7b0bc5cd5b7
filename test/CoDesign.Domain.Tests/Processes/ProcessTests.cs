using CoDesign.Domain.Errors;
using CoDesign.Domain.Processes;

namespace CoDesign.Domain.Tests.Processes;

public sealed class ProcessTests
{
    private static readonly DateTime March1 = new(2027, 2, 28, 22, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime April1 = new(2027, 3, 31, 21, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime May1 = new(2027, 4, 30, 21, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void EnsureOpenFor_InTheIdeasPhase_Passes_AndOutsideItNamesTheNextWindow()
    {
        var process = Published((PhaseKind.Ideas, March1, April1), (PhaseKind.Prioritise, April1, May1));

        Should.NotThrow(() => process.EnsureOpenFor(PhaseKind.Ideas, March1.AddDays(3)));
        var tooEarly = Should.Throw<BusinessException>(() => process.EnsureOpenFor(PhaseKind.Prioritise, March1.AddDays(3)));
        tooEarly.Code.ShouldBe(ErrorCodes.ProcessOutOfPhase);
        tooEarly.Details["action"].ShouldBe("Prioritise");
        DateTime.Parse(tooEarly.Details["from"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind).ShouldBe(April1);
        DateTime.Parse(tooEarly.Details["to"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind).ShouldBe(May1);

        // The end is exclusive: at April 1st 00:00 Helsinki ideas are closed and support is open.
        Should.Throw<BusinessException>(() => process.EnsureOpenFor(PhaseKind.Ideas, April1)).Details["to"].ShouldStartWith("2027-03-31T21:00:00");
        Should.NotThrow(() => process.EnsureOpenFor(PhaseKind.Prioritise, April1));
    }

    [Fact]
    public void EnsureOpenFor_APhaseKindTheProcessDoesNotHave_SaysSoWithoutDates()
    {
        var process = Published((PhaseKind.Ideas, March1, April1));
        var error = Should.Throw<BusinessException>(() => process.EnsureOpenFor(PhaseKind.Prioritise, March1));
        error.Details.ContainsKey("from").ShouldBeFalse();
        error.Details["action"].ShouldBe("Prioritise");
    }

    [Fact]
    public void EnsureOpenFor_ADraft_IsNotOpen()
    {
        var process = New();
        process.AddPhase(Guid.NewGuid(), PhaseKind.Ideas, March1, April1);
        Should.Throw<BusinessException>(() => process.EnsureOpenFor(PhaseKind.Ideas, March1.AddDays(1))).Code.ShouldBe(ErrorCodes.ProcessNotOpen);
    }

    [Fact]
    public void AddPhase_Overlapping_IsRefused_AndTheTimelineIsUnchanged()
    {
        var process = Published((PhaseKind.Ideas, March1, April1));
        Should.Throw<BusinessException>(() => process.AddPhase(Guid.NewGuid(), PhaseKind.Prioritise, April1.AddDays(-1), May1)).Code.ShouldBe(ErrorCodes.ProcessPhasesOverlap);
        Should.Throw<BusinessException>(() => process.AddPhase(Guid.NewGuid(), PhaseKind.Prioritise, May1, April1)).Code.ShouldBe(ErrorCodes.Validation);
        process.Phases.Count.ShouldBe(1);
    }

    [Fact]
    public void ReschedulePhase_ThatWouldOverlap_KeepsTheOldDates()
    {
        var process = Published((PhaseKind.Ideas, March1, April1), (PhaseKind.Prioritise, April1, May1));
        var ideas = process.Timeline[0];
        Should.Throw<BusinessException>(() => process.ReschedulePhase(ideas.Id, PhaseKind.Ideas, March1, April1.AddDays(5)));
        ideas.EndsAt.ShouldBe(April1);

        // Extending the last phase and reopening the first (after the second) are fine.
        process.ReschedulePhase(process.Timeline[1].Id, PhaseKind.Prioritise, April1, May1.AddDays(10));
        process.Timeline[1].EndsAt.ShouldBe(May1.AddDays(10));
    }

    [Fact]
    public void MovePhase_Earlier_SwapsTheKinds_AndTheSlotsKeepTheirDates()
    {
        var process = Published((PhaseKind.Ideas, March1, April1), (PhaseKind.Prioritise, April1, May1));
        process.MovePhase(process.Timeline[1].Id, earlier: true);
        process.Timeline.Select(p => p.Kind).ShouldBe([PhaseKind.Prioritise, PhaseKind.Ideas]);
        process.Timeline[0].StartsAt.ShouldBe(March1);
        process.PhaseAt(March1.AddDays(1))!.Kind.ShouldBe(PhaseKind.Prioritise);

        // The first phase cannot move earlier; nothing changes.
        process.MovePhase(process.Timeline[0].Id, earlier: true);
        process.Timeline.Select(p => p.Kind).ShouldBe([PhaseKind.Prioritise, PhaseKind.Ideas]);
    }

    [Fact]
    public void Publish_WithoutPhases_IsRefused_AndThePublishedProcessKeepsItsLastPhase()
    {
        var process = New();
        Should.Throw<BusinessException>(() => process.Publish(March1)).Code.ShouldBe(ErrorCodes.ProcessNeedsPhases);
        process.AddPhase(Guid.NewGuid(), PhaseKind.Info, March1, April1);
        process.Publish(March1);
        Should.Throw<BusinessException>(() => process.RemovePhase(process.Timeline[0].Id)).Code.ShouldBe(ErrorCodes.ProcessNeedsPhases);
    }

    [Theory]
    [InlineData("Lyh", "Frågan?", "Beskrivning.", "TitleFi")]
    [InlineData("Pyöräparkit asemille", "", "Beskrivning.", "QuestionSv")]
    [InlineData("Pyöräparkit asemille", "Frågan?", "   ", "DescriptionSv")]
    public void Update_WithAMissingOrShortText_IsRefusedForThatField(string titleFi, string questionSv, string descriptionSv, string field)
    {
        var process = New();
        var text = new ProcessText(titleFi, "Cykelparkering vid stationer", "Bike parking at stations", "Mitä?", questionSv, "What?", "Kuvaus.", descriptionSv, "Description.");
        Should.Throw<BusinessException>(() => process.Update(text, null, [])).Field.ShouldBe(field);
        process.TitleFi.ShouldBe("Pyöräparkit asemille");
    }

    [Fact]
    public void Districts_AreTrimmedAndDeduplicated()
    {
        var process = New();
        process.Update(Text(), null, ["  Kallio ", "kallio", "Vallila", ""]);
        process.DistrictList.ShouldBe(["Kallio", "Vallila"]);
    }

    private static ProcessText Text() => new("Pyöräparkit asemille", "Cykelparkering vid stationer", "Bike parking at stations", "Mitä?", "Vad?", "What?", "Kuvaus.", "Beskrivning.", "Description.");

    private static Process New() => new(Guid.NewGuid(), Guid.NewGuid(), Text(), null, [], March1.AddDays(-10));

    private static Process Published(params (PhaseKind Kind, DateTime Start, DateTime End)[] phases)
    {
        var process = New();
        foreach (var (kind, start, end) in phases)
        {
            process.AddPhase(Guid.NewGuid(), kind, start, end);
        }

        process.Publish(March1.AddDays(-1));
        return process;
    }
}
