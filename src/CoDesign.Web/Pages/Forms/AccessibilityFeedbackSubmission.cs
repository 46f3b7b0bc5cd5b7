using CoDesign.Application.Accessibility;
using CoDesign.Domain.Errors;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoDesign.Web.Pages.Forms;

/// <summary>Sends the feedback form and turns a refused one into field errors in the user's language.</summary>
public static class AccessibilityFeedbackSubmission
{
    public static async Task<bool> TrySubmitAsync(AccessibilityFeedbackAppService service, AccessibilityFeedbackForm input, ModelStateDictionary state, PageTexts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(texts);
        try
        {
            await service.SubmitAsync(new AccessibilityFeedbackInput(input.Message ?? string.Empty, input.Name, input.Email, input.Page), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (BusinessException ex)
        {
            var field = ex.Field switch
            {
                "Email" => "Input.Email",
                "Name" => "Input.Name",
                "Page" => "Input.Page",
                _ => "Input.Message",
            };
            state.AddModelError(field, ex.Code == ErrorCodes.FeedbackEmpty ? texts["A11y.Feedback.MessageRequired"] : texts.Error(ex.Code) + FieldSuffix(ex, texts));
            return false;
        }
    }

    private static string FieldSuffix(BusinessException ex, PageTexts texts) => ex.Field switch
    {
        "Email" => " " + texts["Form.CheckEmail"],
        _ => string.Empty,
    };
}
