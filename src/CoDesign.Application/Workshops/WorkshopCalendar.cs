using System.Globalization;
using System.Text;
using CoDesign.Application.Localization;

namespace CoDesign.Application.Workshops;

/// <summary>What goes into one calendar object: the event as this person's invitation or its cancellation.</summary>
public sealed record CalendarEvent(
    string Uid,
    int Sequence,
    bool Cancel,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    DateTime StampUtc,
    string Summary,
    string Description,
    string? Location,
    string Url,
    string OrganizerName,
    string OrganizerAddress,
    string? AttendeeName,
    string? AttendeeAddress);

/// <summary>
/// Writes an iCalendar object (RFC 5545) for an iTIP invitation (RFC 5546): METHOD:REQUEST for a
/// seat, METHOD:CANCEL when the person or the city cancels. Times are local to Europe/Helsinki with
/// the zone's definition included (EET/EEST, the EU rule), so every calendar shows the right hour;
/// the UID stays the same for the person and the workshop and SEQUENCE grows with every change.
/// Lines end in CRLF and are folded at 75 octets; text is escaped.
/// </summary>
public static class WorkshopCalendar
{
    public const string TimeZoneId = "Europe/Helsinki";

    public static string Write(CalendarEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//CoDesign//Workshops//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:" + (e.Cancel ? "CANCEL" : "REQUEST"),
            "BEGIN:VTIMEZONE",
            "TZID:" + TimeZoneId,
            "BEGIN:STANDARD",
            "DTSTART:19701025T040000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0200",
            "TZNAME:EET",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:19700329T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0300",
            "TZNAME:EEST",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:" + Escape(e.Uid),
            "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + Utc(e.StampUtc),
            $"DTSTART;TZID={TimeZoneId}:" + Local(e.StartsAtUtc),
            $"DTEND;TZID={TimeZoneId}:" + Local(e.EndsAtUtc),
            "SUMMARY:" + Escape(e.Summary),
            "DESCRIPTION:" + Escape(e.Description),
        };
        if (!string.IsNullOrWhiteSpace(e.Location))
        {
            lines.Add("LOCATION:" + Escape(e.Location));
        }

        lines.Add("URL:" + e.Url);
        lines.Add($"ORGANIZER;CN={Param(e.OrganizerName)}:mailto:{e.OrganizerAddress}");
        if (e.AttendeeAddress is { } attendee)
        {
            var cn = string.IsNullOrWhiteSpace(e.AttendeeName) ? string.Empty : $";CN={Param(e.AttendeeName)}";
            lines.Add($"ATTENDEE{cn};ROLE=REQ-PARTICIPANT;PARTSTAT={(e.Cancel ? "DECLINED" : "ACCEPTED")};RSVP=FALSE:mailto:{attendee}");
        }

        lines.Add("STATUS:" + (e.Cancel ? "CANCELLED" : "CONFIRMED"));
        lines.Add("TRANSP:OPAQUE");
        if (!e.Cancel)
        {
            lines.AddRange(["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + Escape(e.Summary), "TRIGGER:-PT1H", "END:VALARM"]);
        }

        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return text.ToString();
    }

    /// <summary>TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n.</summary>
    public static string Escape(string value) =>
        (value ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Param(string value)
    {
        var clean = new string((value ?? string.Empty).Where(c => c != '"' && !char.IsControl(c)).ToArray());
        return "\"" + clean + "\"";
    }

    private static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTime utc) => HelsinkiTime.ToLocal(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Content lines are at most 75 octets (UTF-8) and continue on a line that starts with a space; never inside a character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
