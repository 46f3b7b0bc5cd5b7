using CoDesign.Application.Accessibility;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Web.Localization;
using CoDesign.Web.Pages.Forms;
using CoDesign.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages;

/// <summary>The platform's statement; feedback goes to the admins of the city the person chooses.</summary>
public sealed class AccessibilityModel(AccessibilityFeedbackAppService feedback, CityDirectory directory, ICurrentTenant currentTenant, PageTexts texts) : PageModel
{
    [BindProperty]
    public AccessibilityFeedbackForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public IReadOnlyList<CityRef> Cities { get; private set; } = [];

    public async Task OnGetAsync(string? page, CancellationToken cancellationToken)
    {
        Input.Page = page;
        await LoadAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var city = string.IsNullOrEmpty(Input.City) ? null : await directory.FindAsync(Input.City, cancellationToken).ConfigureAwait(false);
        if (city is null)
        {
            ModelState.AddModelError("Input.City", texts["A11y.Feedback.CityRequired"]);
            await LoadAsync(cancellationToken).ConfigureAwait(false);
            return Page();
        }

        bool ok;
        using (currentTenant.Change(city.Id, city.Slug))
        {
            ok = await AccessibilityFeedbackSubmission.TrySubmitAsync(feedback, Input, ModelState, texts, cancellationToken).ConfigureAwait(false);
        }

        if (ok)
        {
            return RedirectToPage(new { Sent = true });
        }

        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Cities = (await directory.GetAllAsync(cancellationToken).ConfigureAwait(false)).Values.OrderBy(c => c.Name(texts.Language), StringComparer.Create(texts.Culture, false)).ToList();
}
