namespace CoDesign.Application.Accessibility;

public sealed record AccessibilityFeedbackInput(string Message, string? Name, string? Email, string? Page);
