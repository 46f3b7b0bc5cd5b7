using CoDesign.Application.Notifications;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages;

/// <summary>
/// The unsubscribe link of every notification mail and digest (RFC 8058). GET only shows what the
/// link would stop (mail scanners follow links; nothing changes on GET). POST stops it: a mail
/// client's one-click POST ("List-Unsubscribe=One-Click") or the button here. The signed token is
/// the authority, so no sign-in and no antiforgery token; an invalid token changes nothing and says
/// nothing about any account.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(NotificationPreferencesAppService preferences, PageTexts texts) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = string.Empty;

    public string? Scope { get; private set; }

    public IReadOnlyList<PreferenceDto> Preferences { get; private set; } = [];

    public UnsubscribeResultDto? Done { get; private set; }

    public bool Saved { get; private set; }

    public bool Invalid { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await preferences.GetByTokenAsync(Token, ct) is not { } current)
        {
            return InvalidLink();
        }

        Preferences = current;
        Scope = preferences.ScopeOf(Token);
        return Page();
    }

    /// <summary>One click, from the mail client or the button: stop what the link names.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Done = await preferences.UnsubscribeAsync(Token, ct);
        if (Done is null)
        {
            return InvalidLink();
        }

        Scope = Done.Scope;
        Preferences = Done.Preferences;
        return Page();
    }

    /// <summary>The full settings form on the same page, authorised by the same token.</summary>
    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "choice")] Dictionary<string, string>? choice, CancellationToken ct)
    {
        try
        {
            if (!await preferences.SaveByTokenAsync(Token, choice ?? [], ct))
            {
                return InvalidLink();
            }
        }
        catch (BusinessException ex) when (ex.Code == ErrorCodes.Validation)
        {
            ModelState.AddModelError(string.Empty, texts["Prefs.Invalid"]);
        }

        Preferences = await preferences.GetByTokenAsync(Token, ct) ?? [];
        Scope = preferences.ScopeOf(Token);
        Saved = ModelState.IsValid;
        return Page();
    }

    private PageResult InvalidLink()
    {
        Invalid = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
