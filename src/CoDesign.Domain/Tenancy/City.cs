using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;

namespace CoDesign.Domain.Tenancy;

/// <summary>A city: a tenant of the platform with its own settings.</summary>
public class City : Entity
{
    public const int MaxSlugLength = 40;
    public const int MaxNameLength = 100;

    /// <summary>Dates a city's settings may name; anything outside is a typing error, not a plan.</summary>
    public static readonly DateTime EarliestDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime LatestDate = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    protected City()
    {
        Slug = string.Empty;
        NameFi = string.Empty;
        NameSv = string.Empty;
        NameEn = string.Empty;
        Languages = "fi,sv,en";
        DigestCron = "0 0 7 * * ?";
    }

    public City(Guid id, string slug, string nameFi, string nameSv, string nameEn, DateTime createdAt)
        : base(id)
    {
        Slug = NormalizeSlug(slug);
        NameFi = Guard(nameFi, nameof(NameFi));
        NameSv = Guard(nameSv, nameof(NameSv));
        NameEn = Guard(nameEn, nameof(NameEn));
        CreatedAt = createdAt;
        IsActive = true;
        VotingOpen = true;
        SupportThreshold = 50;
        ResponseDays = 60;
        ReportsToHide = 3;
        ModerationMode = ModerationMode.PostModeration;
        Languages = "fi,sv,en";
        DigestCron = "0 0 7 * * ?";
    }

    public string Slug { get; protected set; }

    public string NameFi { get; protected set; }

    public string NameSv { get; protected set; }

    public string NameEn { get; protected set; }

    public bool IsActive { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public bool VotingOpen { get; protected set; }

    public DateTime? VotingStartsAt { get; protected set; }

    public DateTime? VotingEndsAt { get; protected set; }

    /// <summary>Most active votes one participant may have in this city; null means no cap.</summary>
    public int? ActiveVoteCap { get; protected set; }

    /// <summary>Votes after which the city commits to answer within <see cref="ResponseDays"/>.</summary>
    public int SupportThreshold { get; protected set; }

    public int ResponseDays { get; protected set; }

    public ModerationMode ModerationMode { get; protected set; }

    public int ReportsToHide { get; protected set; }

    /// <summary>Comma-separated UI languages the city offers (fi, sv, en).</summary>
    public string Languages { get; protected set; }

    /// <summary>Cron expression with seconds (Europe/Helsinki) for the daily digest, as Hangfire reads it.</summary>
    public string DigestCron { get; protected set; }

    public string Name(string language) => language switch
    {
        "sv" => NameSv,
        "en" => NameEn,
        _ => NameFi,
    };

    public bool IsVotingOpenAt(DateTime utcNow) =>
        VotingOpen
        && (VotingStartsAt is null || VotingStartsAt <= utcNow)
        && (VotingEndsAt is null || VotingEndsAt > utcNow);

    public void Rename(string nameFi, string nameSv, string nameEn)
    {
        // All three are checked before any is changed, so a refused rename changes nothing.
        var fi = Guard(nameFi, nameof(NameFi));
        var sv = Guard(nameSv, nameof(NameSv));
        var en = Guard(nameEn, nameof(NameEn));
        (NameFi, NameSv, NameEn) = (fi, sv, en);
    }

    public void SetVoting(bool open, DateTime? startsAt, DateTime? endsAt, int? activeVoteCap)
    {
        if (startsAt is { } s && (s < EarliestDate || s > LatestDate))
        {
            throw new BusinessException(ErrorCodes.Validation, "Voting must start in this century.") { Field = nameof(VotingStartsAt) };
        }

        if (endsAt is { } e && (e < EarliestDate || e > LatestDate))
        {
            throw new BusinessException(ErrorCodes.Validation, "Voting must end in this century.") { Field = nameof(VotingEndsAt) };
        }

        if (startsAt is not null && endsAt is not null && endsAt <= startsAt)
        {
            throw new BusinessException(ErrorCodes.Validation, "Voting must end after it starts.") { Field = nameof(VotingEndsAt) };
        }

        if (activeVoteCap is < 1)
        {
            throw new BusinessException(ErrorCodes.Validation, "The vote cap must be positive.") { Field = nameof(ActiveVoteCap) };
        }

        VotingOpen = open;
        VotingStartsAt = startsAt;
        VotingEndsAt = endsAt;
        ActiveVoteCap = activeVoteCap;
    }

    public void SetAccountability(int supportThreshold, int responseDays)
    {
        if (supportThreshold < 1)
        {
            throw new BusinessException(ErrorCodes.Validation, "The threshold must be positive.") { Field = nameof(SupportThreshold) };
        }

        if (responseDays is < 1 or > 365)
        {
            throw new BusinessException(ErrorCodes.Validation, "Response days must be 1–365.") { Field = nameof(ResponseDays) };
        }

        SupportThreshold = supportThreshold;
        ResponseDays = responseDays;
    }

    public void SetModeration(ModerationMode mode, int reportsToHide)
    {
        if (reportsToHide < 1)
        {
            throw new BusinessException(ErrorCodes.Validation, "Reports to hide must be positive.") { Field = nameof(ReportsToHide) };
        }

        ModerationMode = mode;
        ReportsToHide = reportsToHide;
    }

    /// <summary>The UI languages the city offers; Finnish is always among them.</summary>
    public void SetLanguages(IEnumerable<string>? languages)
    {
        if (languages is null)
        {
            throw new BusinessException(ErrorCodes.Validation, "Languages are required.") { Field = nameof(Languages) };
        }

        var list = languages.Where(l => l is "fi" or "sv" or "en").Distinct().ToList();
        if (!list.Contains("fi"))
        {
            list.Insert(0, "fi");
        }

        Languages = string.Join(',', list.OrderBy(l => l switch { "fi" => 0, "sv" => 1, _ => 2 }));
    }

    /// <summary>The daily digest's time in Europe/Helsinki; stored as a cron expression with seconds.</summary>
    public void SetDigestTime(int hour, int minute)
    {
        if (hour is < 0 or > 23 || minute is < 0 or > 59)
        {
            throw new BusinessException(ErrorCodes.Validation, "Digest time must be a valid time of day.") { Field = nameof(DigestCron) };
        }

        DigestCron = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0 {minute} {hour} * * ?");
    }

    /// <summary>The hour and minute of <see cref="DigestCron"/>.</summary>
    public (int Hour, int Minute) DigestTime
    {
        get
        {
            var parts = DigestCron.Split(' ');
            return parts.Length >= 3 && int.TryParse(parts[2], out var h) && int.TryParse(parts[1], out var m) ? (h, m) : (7, 0);
        }
    }

    public static string NormalizeSlug(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var s = slug.Trim().ToLowerInvariant();
        if (s.Length is < 2 or > MaxSlugLength || !s.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || s[0] == '-' || s[^1] == '-' || ReservedSlugs.All.Contains(s))
        {
            throw new BusinessException(ErrorCodes.CitySlugInvalid, $"'{slug}' is not a valid city slug.") { Field = nameof(Slug) };
        }

        return s;
    }

    private static string Guard(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaxNameLength)
        {
            throw new BusinessException(ErrorCodes.Validation, $"{field} must be 1–{MaxNameLength} characters.") { Field = field };
        }

        return value.Trim();
    }
}
