using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Workshops;

/// <summary>
/// A workshop (a meeting) of a co-design process: in person, online or both, at a time, with a
/// capacity. Seats are counted here: <see cref="ConfirmedCount"/> moves only through
/// <see cref="Admit"/> and <see cref="Release"/>, which the application calls with the workshop's
/// row locked, so the count never exceeds <see cref="Capacity"/> and a freed seat goes to the
/// first person waiting.
/// </summary>
public class Workshop : Entity, IMultiTenant
{
    public const int MinTitleLength = 5;
    public const int MaxTitleLength = 150;
    public const int MaxDescriptionLength = 4_000;
    public const int MaxPlaceLength = 200;
    public const int MaxUrlLength = 500;
    public const int MaxCapacity = 10_000;
    public const int MaxMinutesLength = 20_000;
    public const int MaxLanguagesLength = 20;

    public static readonly IReadOnlyList<string> SpokenLanguages = ["fi", "sv", "en"];

    protected Workshop()
    {
        TitleFi = TitleSv = TitleEn = DescriptionFi = DescriptionSv = DescriptionEn = string.Empty;
        Languages = "fi";
        MinutesFi = MinutesSv = MinutesEn = string.Empty;
    }

    public Workshop(Guid id, Guid tenantId, Guid processId, WorkshopText text, WorkshopPlace place, WorkshopAccess access,
        DateTime startsAt, DateTime endsAt, int capacity, DateTime? registrationOpensAt, DateTime? registrationClosesAt, DateTime createdAt)
        : base(id)
    {
        TenantId = tenantId;
        ProcessId = processId;
        TitleFi = TitleSv = TitleEn = DescriptionFi = DescriptionSv = DescriptionEn = string.Empty;
        Languages = "fi";
        MinutesFi = MinutesSv = MinutesEn = string.Empty;
        CreatedAt = createdAt;
        Update(text, place, access, startsAt, endsAt, capacity, registrationOpensAt, registrationClosesAt);
        Sequence = 0;
    }

    public Guid TenantId { get; protected set; }

    public Guid ProcessId { get; protected set; }

    public string TitleFi { get; protected set; }

    public string TitleSv { get; protected set; }

    public string TitleEn { get; protected set; }

    /// <summary>Safe text (Markdown, as ideas), per language.</summary>
    public string DescriptionFi { get; protected set; }

    public string DescriptionSv { get; protected set; }

    public string DescriptionEn { get; protected set; }

    public WorkshopFormat Format { get; protected set; }

    /// <summary>The place: a service point, library or hall (in person and hybrid).</summary>
    public string? Venue { get; protected set; }

    public string? Address { get; protected set; }

    public string? Room { get; protected set; }

    /// <summary>The meeting link (online and hybrid): shown only to people with a seat, and to staff.</summary>
    public string? OnlineUrl { get; protected set; }

    public DateTime StartsAt { get; protected set; }

    public DateTime EndsAt { get; protected set; }

    public int Capacity { get; protected set; }

    public int ConfirmedCount { get; protected set; }

    /// <summary>The languages spoken, comma-separated codes (fi, sv, en).</summary>
    public string Languages { get; protected set; }

    public bool StepFreeAccess { get; protected set; }

    public bool InductionLoop { get; protected set; }

    public bool SignLanguageOnRequest { get; protected set; }

    public bool ChildCare { get; protected set; }

    /// <summary>When registration opens; null: as soon as the workshop is shown.</summary>
    public DateTime? RegistrationOpensAt { get; protected set; }

    /// <summary>When registration closes; null: when the workshop starts.</summary>
    public DateTime? RegistrationClosesAt { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime? CancelledAt { get; protected set; }

    /// <summary>The calendar invitation's SEQUENCE (RFC 5545): one more on every change of time or place.</summary>
    public int Sequence { get; protected set; }

    /// <summary>How many people came in all (registered or not), as staff counted them; null until recorded.</summary>
    public int? AttendanceCount { get; protected set; }

    /// <summary>The minutes, safe text per language; shown once published.</summary>
    public string MinutesFi { get; protected set; }

    public string MinutesSv { get; protected set; }

    public string MinutesEn { get; protected set; }

    public DateTime? MinutesPublishedAt { get; protected set; }

    public bool IsCancelled => CancelledAt is not null;

    public IReadOnlyList<string> LanguageList => Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool HasPlace => Format is WorkshopFormat.InPerson or WorkshopFormat.Hybrid;

    public bool HasLink => Format is WorkshopFormat.Online or WorkshopFormat.Hybrid;

    public DateTime RegistrationEndsAt => RegistrationClosesAt ?? StartsAt;

    public string Title(string language) => language switch { "sv" => TitleSv, "en" => TitleEn, _ => TitleFi };

    public string Description(string language) => language switch { "sv" => DescriptionSv, "en" => DescriptionEn, _ => DescriptionFi };

    public string Minutes(string language)
    {
        var own = language switch { "sv" => MinutesSv, "en" => MinutesEn, _ => MinutesFi };
        return own.Length > 0 ? own : new[] { MinutesFi, MinutesSv, MinutesEn }.FirstOrDefault(m => m.Length > 0) ?? string.Empty;
    }

    public bool IsRegistrationOpenAt(DateTime utcNow) =>
        !IsCancelled && (RegistrationOpensAt is null || RegistrationOpensAt <= utcNow) && utcNow < RegistrationEndsAt && utcNow < StartsAt;

    /// <summary>Changes what the workshop is; true when its time or place changed (registered people get an updated invitation).</summary>
    public bool Update(WorkshopText text, WorkshopPlace place, WorkshopAccess access, DateTime startsAt, DateTime endsAt, int capacity, DateTime? registrationOpensAt, DateTime? registrationClosesAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(access);
        var titles = (Guard(text.TitleFi, MinTitleLength, MaxTitleLength, nameof(TitleFi)), Guard(text.TitleSv, MinTitleLength, MaxTitleLength, nameof(TitleSv)), Guard(text.TitleEn, MinTitleLength, MaxTitleLength, nameof(TitleEn)));
        var descriptions = (Guard(text.DescriptionFi, 1, MaxDescriptionLength, nameof(DescriptionFi)), Guard(text.DescriptionSv, 1, MaxDescriptionLength, nameof(DescriptionSv)), Guard(text.DescriptionEn, 1, MaxDescriptionLength, nameof(DescriptionEn)));
        if (!Enum.IsDefined(place.Format))
        {
            throw new BusinessException(ErrorCodes.Validation, "Unknown workshop format.") { Field = nameof(Format) };
        }

        var hasPlace = place.Format is WorkshopFormat.InPerson or WorkshopFormat.Hybrid;
        var hasLink = place.Format is WorkshopFormat.Online or WorkshopFormat.Hybrid;
        var venue = hasPlace ? Guard(place.Venue, 2, MaxPlaceLength, nameof(Venue)) : null;
        var address = hasPlace ? Guard(place.Address, 2, MaxPlaceLength, nameof(Address)) : null;
        var room = hasPlace && !string.IsNullOrWhiteSpace(place.Room) ? Guard(place.Room, 1, MaxPlaceLength, nameof(Room)) : null;
        var url = hasLink ? GuardUrl(place.OnlineUrl) : null;
        if (endsAt <= startsAt)
        {
            throw new BusinessException(ErrorCodes.Validation, "A workshop ends after it starts.") { Field = nameof(EndsAt) };
        }

        if (endsAt - startsAt > TimeSpan.FromHours(24))
        {
            throw new BusinessException(ErrorCodes.Validation, "A workshop lasts at most a day.") { Field = nameof(EndsAt) };
        }

        if (capacity < 1 || capacity > MaxCapacity)
        {
            throw new BusinessException(ErrorCodes.Validation, $"Capacity is 1–{MaxCapacity}.") { Field = nameof(Capacity) }.WithDetail("min", 1).WithDetail("max", MaxCapacity);
        }

        if (capacity < ConfirmedCount)
        {
            throw new BusinessException(ErrorCodes.WorkshopCapacityBelowRegistered, "Capacity is below the seats already taken.") { Field = nameof(Capacity) }
                .WithDetail("confirmed", ConfirmedCount);
        }

        if (registrationOpensAt is { } opens && registrationClosesAt is { } closes && closes <= opens)
        {
            throw new BusinessException(ErrorCodes.Validation, "Registration closes after it opens.") { Field = nameof(RegistrationClosesAt) };
        }

        if (registrationClosesAt is { } close && close > startsAt)
        {
            throw new BusinessException(ErrorCodes.Validation, "Registration closes by the time the workshop starts.") { Field = nameof(RegistrationClosesAt) };
        }

        var languages = access.Languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        if (languages.Count == 0 || languages.Any(l => !SpokenLanguages.Contains(l)))
        {
            throw new BusinessException(ErrorCodes.Validation, "Choose the languages spoken.") { Field = nameof(Languages) };
        }

        var moved = StartsAt != default && (StartsAt != startsAt || EndsAt != endsAt || Format != place.Format || Venue != venue || Address != address || Room != room || OnlineUrl != url);
        (TitleFi, TitleSv, TitleEn) = titles;
        (DescriptionFi, DescriptionSv, DescriptionEn) = descriptions;
        (Format, Venue, Address, Room, OnlineUrl) = (place.Format, venue, address, room, url);
        (StartsAt, EndsAt, Capacity) = (startsAt, endsAt, capacity);
        (RegistrationOpensAt, RegistrationClosesAt) = (registrationOpensAt, registrationClosesAt);
        Languages = string.Join(',', SpokenLanguages.Where(languages.Contains));
        (StepFreeAccess, InductionLoop, SignLanguageOnRequest, ChildCare) = (access.StepFreeAccess, access.InductionLoop, access.SignLanguageOnRequest, access.ChildCare);
        if (moved)
        {
            Sequence++;
        }

        return moved;
    }

    /// <summary>
    /// Takes a seat if one is free (Confirmed), else a place at the end of the waiting list
    /// (Waitlisted), for a person who holds neither. Refuses when registration is not open (staff
    /// may still add people until the workshop starts).
    /// </summary>
    public RegistrationStatus Admit(DateTime utcNow, bool byStaff)
    {
        EnsureOpen(utcNow, byStaff);
        if (ConfirmedCount < Capacity)
        {
            ConfirmedCount++;
            return RegistrationStatus.Confirmed;
        }

        return RegistrationStatus.Waitlisted;
    }

    /// <summary>
    /// Cancels the registration; a seat it held goes to <paramref name="firstWaiting"/> (the person
    /// who has waited longest), else becomes free. Returns the person promoted, if any.
    /// </summary>
    public WorkshopRegistration? Release(WorkshopRegistration registration, WorkshopRegistration? firstWaiting, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (registration.Status == RegistrationStatus.Cancelled)
        {
            return null;
        }

        var heldSeat = registration.Status == RegistrationStatus.Confirmed;
        registration.SetStatus(RegistrationStatus.Cancelled, utcNow);
        if (!heldSeat)
        {
            return null;
        }

        if (firstWaiting is { Status: RegistrationStatus.Waitlisted } next && utcNow < StartsAt && !IsCancelled)
        {
            next.SetStatus(RegistrationStatus.Confirmed, utcNow);
            return next;
        }

        ConfirmedCount--;
        return null;
    }

    /// <summary>After the capacity grew: the seat count taken by one person moved up from the waiting list.</summary>
    public bool TryPromote(WorkshopRegistration waiting, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        if (waiting.Status != RegistrationStatus.Waitlisted || ConfirmedCount >= Capacity || IsCancelled || utcNow >= StartsAt)
        {
            return false;
        }

        ConfirmedCount++;
        waiting.SetStatus(RegistrationStatus.Confirmed, utcNow);
        return true;
    }

    public void Cancel(DateTime utcNow)
    {
        if (CancelledAt is not null)
        {
            return;
        }

        if (utcNow >= EndsAt)
        {
            throw new BusinessException(ErrorCodes.WorkshopOver, "A workshop that has taken place cannot be cancelled.");
        }

        CancelledAt = utcNow;
        Sequence++;
    }

    /// <summary>Records how many came in all; at least the registered people marked as present.</summary>
    public void RecordAttendance(int total, int registeredPresent, DateTime utcNow)
    {
        if (utcNow < StartsAt)
        {
            throw new BusinessException(ErrorCodes.WorkshopNotHeldYet, "Attendance is recorded once the workshop has started.");
        }

        if (total < registeredPresent || total > MaxCapacity * 2)
        {
            throw new BusinessException(ErrorCodes.Validation, "The total is at least the registered people who came.") { Field = nameof(AttendanceCount) }
                .WithDetail("min", registeredPresent);
        }

        AttendanceCount = total;
    }

    public void PublishMinutes(string? fi, string? sv, string? en, DateTime utcNow)
    {
        if (utcNow < StartsAt)
        {
            throw new BusinessException(ErrorCodes.WorkshopNotHeldYet, "Minutes are published once the workshop has started.");
        }

        var texts = new[] { fi, sv, en }.Select(t => (t ?? string.Empty).Trim()).ToArray();
        if (texts.All(t => t.Length == 0))
        {
            throw new BusinessException(ErrorCodes.Validation, "Write the minutes in at least one language.") { Field = nameof(MinutesFi) };
        }

        if (texts.Any(t => t.Length > MaxMinutesLength))
        {
            throw new BusinessException(ErrorCodes.Validation, $"Minutes are at most {MaxMinutesLength} characters.") { Field = nameof(MinutesFi) }.WithDetail("max", MaxMinutesLength);
        }

        (MinutesFi, MinutesSv, MinutesEn) = (texts[0], texts[1], texts[2]);
        MinutesPublishedAt ??= utcNow;
    }

    private void EnsureOpen(DateTime utcNow, bool byStaff)
    {
        if (IsCancelled)
        {
            throw new BusinessException(ErrorCodes.WorkshopCancelled, "The workshop is cancelled.");
        }

        if (byStaff ? utcNow >= StartsAt : !IsRegistrationOpenAt(utcNow))
        {
            var error = new BusinessException(ErrorCodes.WorkshopRegistrationClosed, "Registration is not open.")
                .WithDetail("to", RegistrationEndsAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            if (RegistrationOpensAt is { } opens)
            {
                error = error.WithDetail("from", opens.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            }

            throw error;
        }
    }

    private static string GuardUrl(string? value)
    {
        var url = value?.Trim() ?? string.Empty;
        return url.Length <= MaxUrlLength && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host)
            ? url
            : throw new BusinessException(ErrorCodes.Validation, "The meeting link is an https:// address.") { Field = nameof(OnlineUrl) };
    }

    private static string Guard(string? value, int min, int max, string field)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length >= min && trimmed.Length <= max
            ? trimmed
            : throw new BusinessException(ErrorCodes.Validation, $"{field} must be {min}–{max} characters.") { Field = field }.WithDetail("min", min).WithDetail("max", max);
    }
}
