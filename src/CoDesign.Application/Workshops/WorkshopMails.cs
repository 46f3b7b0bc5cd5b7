using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Tenancy;
using CoDesign.Domain.Workshops;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Workshops;

/// <summary>
/// The mail a registration brings, queued in the outbox in the same unit of work as the change that
/// caused it: a confirmation with a calendar invitation, a waiting-list place, a seat freed up (with
/// the invitation), a cancellation (METHOD:CANCEL), a change of time or place (an updated
/// invitation), and the reminder the day before. These are service messages about something the
/// person asked for, so they are sent whatever the notification preferences; each has its own
/// dedup key, so a retried request or job queues it once.
/// </summary>
public sealed class WorkshopMails(ICoDesignDbContext db, MailComposer composer, ITextCatalog texts, IPublicUrls urls, IMailSender sender)
{
    public const string Confirmed = "workshop.confirmed";
    public const string Waitlisted = "workshop.waitlisted";
    public const string Promoted = "workshop.promoted";
    public const string RegistrationCancelled = "workshop.registration-cancelled";
    public const string WorkshopCancelled = "workshop.cancelled";
    public const string Changed = "workshop.changed";
    public const string Reminder = "workshop.reminder";

    public string WorkshopUrl(string citySlug, Guid workshopId) => urls.Absolute($"/{citySlug}/workshops/{workshopId}");

    /// <summary>Queues the mail of <paramref name="kind"/> for the registration; false when the person has no address to write to.</summary>
    public async Task<bool> QueueAsync(string kind, Workshop workshop, WorkshopRegistration registration, City city, DateTime now, int? queuePosition = null, bool withCalendar = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(city);
        var (address, name) = await RecipientAsync(registration, cancellationToken).ConfigureAwait(false);
        if (address is null || !MailGuard.IsValidAddress(address))
        {
            return false;
        }

        var lang = Languages.Normalize(registration.Language);
        var cityName = Languages.Pick(lang, city.NameFi, city.NameSv, city.NameEn);
        var title = workshop.Title(lang);
        var when = When(workshop, lang);
        var where = Where(workshop, lang, withLink: kind is Confirmed or Promoted or Changed or Reminder);
        var url = WorkshopUrl(city.Slug, workshop.Id);
        var paragraphs = new List<string>();
        string subject;
        switch (kind)
        {
            case Confirmed:
                subject = F("Workshops.Mail.Confirmed.Subject", lang, cityName, title);
                paragraphs.Add(T("Workshops.Mail.Confirmed.Body", lang));
                break;
            case Waitlisted:
                subject = F("Workshops.Mail.Waitlisted.Subject", lang, cityName, title);
                paragraphs.Add(F("Workshops.Mail.Waitlisted.Body", lang, queuePosition ?? 1));
                break;
            case Promoted:
                subject = F("Workshops.Mail.Promoted.Subject", lang, cityName, title);
                paragraphs.Add(T("Workshops.Mail.Promoted.Body", lang));
                break;
            case RegistrationCancelled:
                subject = F("Workshops.Mail.RegistrationCancelled.Subject", lang, cityName, title);
                paragraphs.Add(T("Workshops.Mail.RegistrationCancelled.Body", lang));
                break;
            case WorkshopCancelled:
                subject = F("Workshops.Mail.WorkshopCancelled.Subject", lang, cityName, title);
                paragraphs.Add(T("Workshops.Mail.WorkshopCancelled.Body", lang));
                break;
            case Changed:
                subject = F("Workshops.Mail.Changed.Subject", lang, cityName, title);
                paragraphs.Add(T("Workshops.Mail.Changed.Body", lang));
                break;
            case Reminder:
                subject = F("Workshops.Mail.Reminder.Subject", lang, cityName, title);
                paragraphs.Add(T("Workshops.Mail.Reminder.Body", lang));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown workshop mail.");
        }

        paragraphs.Add(F("Workshops.Mail.When", lang, when));
        if (where.Length > 0)
        {
            paragraphs.Add(F("Workshops.Mail.Where", lang, where));
        }

        var access = Access(workshop, lang);
        if (access.Length > 0 && kind is Confirmed or Promoted or Reminder)
        {
            paragraphs.Add(access);
        }

        if (kind is Confirmed or Promoted or Changed)
        {
            paragraphs.Add(T("Workshops.Mail.Calendar", lang));
        }

        if (kind is Confirmed or Promoted or Reminder or Waitlisted)
        {
            paragraphs.Add(T("Workshops.Mail.HowToCancel", lang));
        }

        var content = composer.Compose(lang, subject, subject, paragraphs, T("Workshops.Mail.Open", lang), url);
        var cancel = kind is RegistrationCancelled or WorkshopCancelled;
        var calendar = withCalendar && kind is Confirmed or Promoted or Changed or RegistrationCancelled or WorkshopCancelled
            ? WorkshopCalendar.Write(new CalendarEvent(
                Uid(workshop, registration), workshop.Sequence + registration.CalendarSequence, cancel, workshop.StartsAt, workshop.EndsAt, now,
                $"{title} ({cityName})", $"{workshop.Description(lang)}\n\n{url}", CalendarLocation(workshop, lang, withLink: !cancel), url,
                cityName, MailGuard.Address(sender.FromAddress), name, address))
            : null;
        var dedup = kind switch
        {
            Changed => $"{kind}:{registration.Id:N}:{workshop.Sequence}",
            Reminder => $"{kind}:{registration.Id:N}:{workshop.StartsAt:yyyyMMddHHmm}",
            WorkshopCancelled => $"{kind}:{registration.Id:N}",
            _ => $"{kind}:{registration.Id:N}:{registration.CalendarSequence}:{registration.StatusChangedAt.Ticks}",
        };
        db.OutboxMails.Add(new OutboxMail(Guid.CreateVersion7(now), workshop.TenantId, address, content.Subject, content.Text, content.Html, kind, dedup, now)
        {
            RecipientUserId = registration.UserId,
            Calendar = calendar,
        });
        return true;
    }

    /// <summary>The UID of this person's calendar entry for this workshop: the same in the invitation, its updates and its cancellation.</summary>
    public string Uid(Workshop workshop, WorkshopRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(registration);
        var host = Uri.TryCreate(urls.Absolute("/"), UriKind.Absolute, out var uri) ? uri.Host : "codesign";
        return $"workshop-{workshop.Id:N}-{registration.Id:N}@{host}";
    }

    public static string When(Workshop workshop, string language)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var start = HelsinkiTime.ToLocal(workshop.StartsAt);
        var end = HelsinkiTime.ToLocal(workshop.EndsAt);
        return $"{HelsinkiTime.FormatDateTime(workshop.StartsAt, language)}–{end.ToString("HH:mm", Languages.Culture(language))}"
            + (DateOnly.FromDateTime(start) != DateOnly.FromDateTime(end) ? $" ({HelsinkiTime.FormatDate(workshop.EndsAt, language)})" : string.Empty);
    }

    public string Where(Workshop workshop, string language, bool withLink)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var parts = new List<string>();
        if (workshop.HasPlace)
        {
            parts.Add(string.Join(", ", new[] { workshop.Venue, workshop.Room, workshop.Address }.Where(p => !string.IsNullOrWhiteSpace(p))));
        }

        if (workshop.HasLink)
        {
            parts.Add(withLink ? F("Workshops.Mail.Link", language, workshop.OnlineUrl) : T("Workshops.Mail.LinkLater", language));
        }

        return string.Join(" · ", parts);
    }

    private string? CalendarLocation(Workshop workshop, string language, bool withLink) =>
        workshop.HasPlace
            ? string.Join(", ", new[] { workshop.Venue, workshop.Room, workshop.Address }.Where(p => !string.IsNullOrWhiteSpace(p)))
            : withLink ? workshop.OnlineUrl : T("Workshops.Format.Online", language);

    private string Access(Workshop workshop, string language)
    {
        var facts = new List<string>();
        facts.Add(F("Workshops.Mail.Languages", language, string.Join(", ", workshop.LanguageList.Select(l => T("Workshops.Language." + l, language)))));
        if (workshop.StepFreeAccess)
        {
            facts.Add(T("Workshops.Access.StepFree", language));
        }

        if (workshop.InductionLoop)
        {
            facts.Add(T("Workshops.Access.InductionLoop", language));
        }

        if (workshop.SignLanguageOnRequest)
        {
            facts.Add(T("Workshops.Access.SignLanguage", language));
        }

        if (workshop.ChildCare)
        {
            facts.Add(T("Workshops.Access.ChildCare", language));
        }

        return string.Join(". ", facts) + ".";
    }

    private async Task<(string? Address, string? Name)> RecipientAsync(WorkshopRegistration registration, CancellationToken cancellationToken)
    {
        if (registration.UserId is not { } userId)
        {
            return (registration.Email, registration.Name);
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.EmailConfirmed).Select(u => new { u.Email, u.DisplayName })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return (user?.Email, user?.DisplayName);
    }

    private string T(string key, string language) => texts.Text(key, language);

    private string F(string key, string language, params object?[] args) => string.Format(Languages.Culture(language), texts.Text(key, language), args);
}
