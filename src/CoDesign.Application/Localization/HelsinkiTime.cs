using System.Globalization;

namespace CoDesign.Application.Localization;

/// <summary>All times are stored in UTC and shown in Europe/Helsinki.</summary>
public static class HelsinkiTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string FormatDate(DateTime utc, string language) =>
        ToLocal(utc).ToString("d", Languages.Culture(language));

    public static string FormatDateTime(DateTime utc, string language) =>
        ToLocal(utc).ToString("g", Languages.Culture(language));

    /// <summary>ISO 8601 with the Helsinki offset, for &lt;time datetime&gt;.</summary>
    public static string Iso(DateTime utc)
    {
        var local = ToLocal(utc);
        var offset = Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
