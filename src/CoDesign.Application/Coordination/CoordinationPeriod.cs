using System.Globalization;
using CoDesign.Application.Localization;
using CoDesign.Domain.Errors;

namespace CoDesign.Application.Coordination;

/// <summary>
/// A date range in Helsinki local dates, both ends included; ideas count in it by the time they
/// were published. Without dates it is the last twelve calendar months up to today.
/// </summary>
public sealed record CoordinationPeriod(DateOnly From, DateOnly To)
{
    public const int MaxYears = 20;

    /// <summary>The dates a range may name; outside them (0001-01-01, 9999-12-31) is a validation error, not a range.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    public DateTime FromUtc => TimeZoneInfo.ConvertTimeToUtc(From.ToDateTime(TimeOnly.MinValue), HelsinkiTime.Zone);

    /// <summary>The first instant after the period.</summary>
    public DateTime ToUtcExclusive => TimeZoneInfo.ConvertTimeToUtc(To.AddDays(1).ToDateTime(TimeOnly.MinValue), HelsinkiTime.Zone);

    /// <summary>The calendar months the period touches, as yyyy-MM.</summary>
    public IReadOnlyList<string> Months()
    {
        var months = new List<string>();
        for (var m = new DateOnly(From.Year, From.Month, 1); m <= To; m = m.AddMonths(1))
        {
            months.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        return months;
    }

    public static string MonthOf(DateTime utc) => HelsinkiTime.ToLocal(utc).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static CoordinationPeriod Resolve(DateOnly? from, DateOnly? to, DateTime nowUtc)
    {
        Guard(from, "from");
        Guard(to, "to");
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(nowUtc));
        var end = to ?? today;
        var start = from ?? new DateOnly(end.Year, end.Month, 1).AddMonths(-11);
        if (start > end)
        {
            (start, end) = (end, start);
        }

        if (start < end.AddYears(-MaxYears))
        {
            start = end.AddYears(-MaxYears);
        }

        return new CoordinationPeriod(start, end);
    }

    private static void Guard(DateOnly? date, string field)
    {
        if (date is { } d && (d < EarliestDate || d > LatestDate))
        {
            throw new BusinessException(ErrorCodes.Validation, $"Dates must be between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.") { Field = field };
        }
    }
}
