namespace CoDesign.Web.Pages.Forms;

/// <summary>The fields of the accessibility feedback form, bound on both statement pages.</summary>
public sealed class AccessibilityFeedbackForm
{
    public string? Message { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Page { get; set; }

    public string? City { get; set; }
}
