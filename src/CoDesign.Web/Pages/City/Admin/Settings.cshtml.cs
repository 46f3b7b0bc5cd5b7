using System.Globalization;
using CoDesign.Application.Localization;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin;

/// <summary>City settings for the city admin; dates are entered and shown in Europe/Helsinki.</summary>
public sealed class CitySettingsModel(CitySettingsAppService settings, PageTexts texts) : PageModel
{
    [BindProperty]
    public SettingsForm Input { get; set; } = new();

    // TempData keys are shared by all pages: each key keeps one type (a bool here, strings elsewhere).
    [TempData(Key = "SettingsSaved")]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await settings.GetAsync(ct);
        Input = new SettingsForm
        {
            VotingOpen = s.VotingOpen,
            VotingStartsAt = s.VotingStartsAt is { } a ? HelsinkiTime.ToLocal(a).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            VotingEndsAt = s.VotingEndsAt is { } b ? HelsinkiTime.ToLocal(b).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ActiveVoteCap = s.ActiveVoteCap?.ToString(CultureInfo.InvariantCulture),
            SupportThreshold = s.SupportThreshold.ToString(CultureInfo.InvariantCulture),
            ResponseDays = s.ResponseDays.ToString(CultureInfo.InvariantCulture),
            ModerationMode = s.ModerationMode,
            ReportsToHide = s.ReportsToHide.ToString(CultureInfo.InvariantCulture),
            Languages = s.Languages.ToList(),
            DigestTime = $"{s.DigestHour:00}:{s.DigestMinute:00}",
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var starts = Date(Input.VotingStartsAt, "Input.VotingStartsAt");
        var ends = Date(Input.VotingEndsAt, "Input.VotingEndsAt");
        var cap = Number(Input.ActiveVoteCap, "Input.ActiveVoteCap", optional: true);
        var threshold = Number(Input.SupportThreshold, "Input.SupportThreshold", optional: false);
        var days = Number(Input.ResponseDays, "Input.ResponseDays", optional: false);
        var reports = Number(Input.ReportsToHide, "Input.ReportsToHide", optional: false);
        var time = TimeOnly.TryParseExact(Input.DigestTime ?? string.Empty, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
        if (time is null)
        {
            ModelState.AddModelError("Input.DigestTime", texts["Settings.TimeInvalid"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        try
        {
            await settings.UpdateAsync(new CitySettingsDto(Input.VotingOpen, starts, ends, cap, threshold ?? 0, days ?? 0, Input.ModerationMode ?? "PostModeration", reports ?? 0, Input.Languages, time!.Value.Hour, time.Value.Minute), ct);
            Saved = true;
            return Redirect($"/{RouteData.Values["city"]}/admin/settings");
        }
        catch (BusinessException ex) when (ex.Code == ErrorCodes.Validation)
        {
            var field = ex.Field switch
            {
                "VotingEndsAt" => "Input.VotingEndsAt",
                "ActiveVoteCap" => "Input.ActiveVoteCap",
                "SupportThreshold" => "Input.SupportThreshold",
                "ResponseDays" => "Input.ResponseDays",
                "ReportsToHide" => "Input.ReportsToHide",
                _ => string.Empty,
            };
            ModelState.AddModelError(field, texts["Settings.Invalid." + (ex.Field ?? "Other")]);
            return Page();
        }
    }

    private DateTime? Date(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), HelsinkiTime.Zone);
        }

        ModelState.AddModelError(field, texts["Settings.DateInvalid"]);
        return null;
    }

    private int? Number(string? text, string field, bool optional)
    {
        if (string.IsNullOrWhiteSpace(text) && optional)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return n;
        }

        ModelState.AddModelError(field, texts["Settings.NumberInvalid"]);
        return null;
    }
}
