using System.Globalization;

namespace CoDesign.Application.Localization;

/// <summary>All times are stored in UTC and shown in Europe/Helsinki.</summary>
public static class HelsinkiTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The instant a Helsinki day begins (00:00 local time), in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    /// <summary>The Helsinki date of an instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>27.9.2026 in Finnish and Swedish, as written in Finland; 27 September 2026 in English.</summary>
    public static string FormatDate(DateTime utc, string language) =>
        ToLocal(utc).ToString(Languages.Normalize(language) == Languages.English ? "d MMMM yyyy" : "d.M.yyyy", Languages.Culture(language));

    public static string FormatDateTime(DateTime utc, string language) =>
        ToLocal(utc).ToString(
            Languages.Normalize(language) switch
            {
                Languages.Swedish => "d.M.yyyy 'kl.' H.mm",
                Languages.English => "d MMMM yyyy HH':'mm",
                _ => "d.M.yyyy 'klo' H.mm",
            },
            Languages.Culture(language));

    /// <summary>ISO 8601 with the Helsinki offset, for &lt;time datetime&gt;.</summary>
    public static string Iso(DateTime utc)
    {
        // Converting the instant (not a local wall time) keeps the right offset in the repeated autumn hour.
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
