using System.Globalization;
using CoDesign.Application.Localization;

namespace CoDesign.Application.Notifications;

/// <summary>
/// The period a digest covers, named from the run's scheduled time in Helsinki: a day (2026-11-23)
/// or an ISO week (2026-W48). The name is part of the digest's unique key, so a run that is retried,
/// recovered after a crash, or started on two nodes at once still yields one digest per person.
/// </summary>
public static class DigestPeriod
{
    public static string Day(DateTime scheduledUtc) =>
        HelsinkiTime.ToLocal(scheduledUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Week(DateTime scheduledUtc)
    {
        var local = HelsinkiTime.ToLocal(scheduledUtc);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }

    /// <summary>Weekly digests go out with the city's run on Mondays.</summary>
    public static bool IsWeeklyDay(DateTime scheduledUtc) => HelsinkiTime.ToLocal(scheduledUtc).DayOfWeek == DayOfWeek.Monday;
}
