using System.Globalization;
using CoDesign.Application.Workshops;

namespace CoDesign.Web.Pages.City.Admin.Workshops;

/// <summary>The staff form's fields for a workshop, bound from the posted form (dates and times as the browser's date and time fields send them).</summary>
public sealed class WorkshopForm
{
    public string? TitleFi { get; set; }

    public string? TitleSv { get; set; }

    public string? TitleEn { get; set; }

    public string? DescriptionFi { get; set; }

    public string? DescriptionSv { get; set; }

    public string? DescriptionEn { get; set; }

    public string? Format { get; set; } = "InPerson";

    public string? Venue { get; set; }

    public string? Address { get; set; }

    public string? Room { get; set; }

    public string? OnlineUrl { get; set; }

    public string? Date { get; set; }

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public int? Capacity { get; set; }

    public List<string> Languages { get; set; } = ["fi"];

    public bool StepFreeAccess { get; set; }

    public bool InductionLoop { get; set; }

    public bool SignLanguageOnRequest { get; set; }

    public bool ChildCare { get; set; }

    public string? RegistrationOpensOn { get; set; }

    public string? RegistrationClosesOn { get; set; }

    /// <summary>The typed values; a date or time the browser did not send in its fixed format is refused with the field named.</summary>
    public WorkshopInput ToInput() => new(
        TitleFi, TitleSv, TitleEn, DescriptionFi, DescriptionSv, DescriptionEn, Format, Venue, Address, Room, OnlineUrl,
        Day(Date, nameof(Date)), Time(StartTime, nameof(StartTime)), Time(EndTime, nameof(EndTime)), Capacity, Languages,
        StepFreeAccess, InductionLoop, SignLanguageOnRequest, ChildCare, Day(RegistrationOpensOn, nameof(RegistrationOpensOn)), Day(RegistrationClosesOn, nameof(RegistrationClosesOn)));

    public static WorkshopForm From(WorkshopInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new WorkshopForm
        {
            TitleFi = input.TitleFi, TitleSv = input.TitleSv, TitleEn = input.TitleEn,
            DescriptionFi = input.DescriptionFi, DescriptionSv = input.DescriptionSv, DescriptionEn = input.DescriptionEn,
            Format = input.Format, Venue = input.Venue, Address = input.Address, Room = input.Room, OnlineUrl = input.OnlineUrl,
            Date = input.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = input.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
            EndTime = input.EndTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Capacity = input.Capacity, Languages = (input.Languages ?? []).ToList(),
            StepFreeAccess = input.StepFreeAccess, InductionLoop = input.InductionLoop, SignLanguageOnRequest = input.SignLanguageOnRequest, ChildCare = input.ChildCare,
            RegistrationOpensOn = input.RegistrationOpensOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RegistrationClosesOn = input.RegistrationClosesOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static DateOnly? Day(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : DateOnly.TryParseExact(value.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var finnish) ? finnish
        : throw new Domain.Errors.BusinessException(Domain.Errors.ErrorCodes.Validation, "Not a date.") { Field = field };

    private static TimeOnly? Time(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : TimeOnly.TryParseExact(value.Trim().Replace('.', ':'), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time
        : throw new Domain.Errors.BusinessException(Domain.Errors.ErrorCodes.Validation, "Not a time.") { Field = field };
}
