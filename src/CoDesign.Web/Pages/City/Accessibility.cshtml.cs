using CoDesign.Application.Accessibility;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using CoDesign.Web.Pages.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City;

public sealed class CityAccessibilityModel(AccessibilityFeedbackAppService feedback, PageTexts texts) : PageModel
{
    [BindProperty]
    public AccessibilityFeedbackForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet(string? page)
    {
        Input.Page = page;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AccessibilityFeedbackSubmission.TrySubmitAsync(feedback, Input, ModelState, texts, cancellationToken).ConfigureAwait(false))
        {
            return RedirectToPage(new { Sent = true });
        }

        return Page();
    }
}
