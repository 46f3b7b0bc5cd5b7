using System.Globalization;
using CoDesign.Application.Localization;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Processes;

namespace CoDesign.Application.Processes;

/// <summary>
/// The reader's sentence for an action out of phase, with the dates of the phase that allows it:
/// "Ideoita voi lähettää 1.3.2027–31.3.2027." The page and the API (problem detail) say the same.
/// </summary>
public static class PhaseMessages
{
    public static string? Describe(BusinessException exception, ITextCatalog texts, string language)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(texts);
        if (exception.Code != ErrorCodes.ProcessOutOfPhase || !exception.Details.TryGetValue("action", out var action) || !Enum.TryParse<PhaseKind>(action, out var kind))
        {
            return null;
        }

        if (exception.Details.TryGetValue("from", out var from) && exception.Details.TryGetValue("to", out var to)
            && DateTime.TryParse(from, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var start)
            && DateTime.TryParse(to, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var end))
        {
            return string.Format(Languages.Culture(language), texts.Text("Processes.OutOfPhase." + kind, language),
                HelsinkiTime.FormatDate(start.ToUniversalTime(), language), HelsinkiTime.FormatDate(LastDay(end.ToUniversalTime()), language));
        }

        return texts.Text("Processes.OutOfPhase.Never." + kind, language);
    }

    /// <summary>The last moment before <paramref name="endUtc"/>: a phase that ends at midnight ends on the day before.</summary>
    public static DateTime LastDay(DateTime endUtc) => endUtc.AddTicks(-1);
}
