using CoDesign.Application.Notifications;
using CoDesign.Domain.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Notifications;

/// <summary>How the signed-in person wants to hear of each kind of notification by mail.</summary>
public sealed class NotificationSettingsModel(NotificationPreferencesAppService preferences) : PageModel
{
    public IReadOnlyList<PreferenceDto> Preferences { get; private set; } = [];

    [TempData(Key = "PrefsSaved")]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Preferences = await preferences.GetMineAsync(ct);

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "choice")] Dictionary<string, string>? choice, CancellationToken ct)
    {
        try
        {
            await preferences.SaveMineAsync(choice ?? [], ct);
        }
        catch (BusinessException ex) when (ex.Code == ErrorCodes.Validation)
        {
            ModelState.AddModelError(string.Empty, HttpContext.RequestServices.GetRequiredService<Localization.PageTexts>()["Prefs.Invalid"]);
            Preferences = await preferences.GetMineAsync(ct);
            return Page();
        }

        Saved = true;
        return RedirectToPage();
    }
}
