using CoDesign.Application.Localization;

namespace CoDesign.Application.Tests.Localization;

public class HelsinkiTimeTests
{
    [Fact]
    public void SummerTime_IsThreeHoursAhead()
    {
        var utc = new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc);

        HelsinkiTime.ToLocal(utc).ShouldBe(new DateTime(2026, 7, 15, 15, 0, 0));
        HelsinkiTime.Iso(utc).ShouldBe("2026-07-15T15:00:00+03:00");
    }

    [Fact]
    public void WinterTime_IsTwoHoursAhead()
    {
        var utc = new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc);

        HelsinkiTime.ToLocal(utc).ShouldBe(new DateTime(2026, 1, 15, 14, 0, 0));
        HelsinkiTime.Iso(utc).ShouldBe("2026-01-15T14:00:00+02:00");
    }

    [Fact]
    public void UnspecifiedKind_IsTreatedAsUtc()
    {
        var unspecified = new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Unspecified);

        HelsinkiTime.ToLocal(unspecified).Hour.ShouldBe(14);
    }

    [Fact]
    public void Iso_AfterTheAutumnClockChange_IsInWinterTime()
    {
        // 25.10.2026 at 04:00 summer time (01:00 UTC) the clocks go back to 03:00.
        HelsinkiTime.Iso(new DateTime(2026, 10, 25, 1, 0, 0, DateTimeKind.Utc)).ShouldBe("2026-10-25T03:00:00+02:00");
        HelsinkiTime.Iso(new DateTime(2026, 10, 25, 2, 0, 0, DateTimeKind.Utc)).ShouldBe("2026-10-25T04:00:00+02:00");
    }

    [Fact]
    public void Iso_InTheRepeatedAutumnHour_GivesTheOffsetOfThatInstant()
    {
        // 00:59 UTC is 03:59 summer time; the same wall-clock time comes again an hour later in
        // winter time, so the offset must come from the instant, not from the local time.
        var utc = new DateTime(2026, 10, 25, 0, 59, 0, DateTimeKind.Utc);

        var iso = HelsinkiTime.Iso(utc);

        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ShouldBe(utc);
        iso.ShouldBe("2026-10-25T03:59:00+03:00");
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public void FormatDate_InFinnishAndSwedish_IsDayMonthYearWithoutZeros(string language)
    {
        HelsinkiTime.FormatDate(new DateTime(2026, 9, 27, 9, 0, 0, DateTimeKind.Utc), language).ShouldBe("27.9.2026");
    }

    [Fact]
    public void FormatDate_InEnglish_NamesTheMonth()
    {
        HelsinkiTime.FormatDate(new DateTime(2026, 9, 27, 9, 0, 0, DateTimeKind.Utc), "en").ShouldBe("27 September 2026");
    }

    [Fact]
    public void FormatDate_UsesTheHelsinkiDay()
    {
        // 22:30 UTC on 26 September is 01:30 on 27 September in Helsinki.
        HelsinkiTime.FormatDate(new DateTime(2026, 9, 26, 22, 30, 0, DateTimeKind.Utc), "fi").ShouldBe("27.9.2026");
    }

    [Theory]
    [InlineData("fi", "27.9.2026 klo 1.30")]
    [InlineData("sv", "27.9.2026 kl. 1.30")]
    public void FormatDateTime_FollowsFinnishConventions(string language, string expected)
    {
        HelsinkiTime.FormatDateTime(new DateTime(2026, 9, 26, 22, 30, 0, DateTimeKind.Utc), language).ShouldBe(expected);
    }
}
