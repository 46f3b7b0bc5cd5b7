namespace CoDesign.Application.Notifications;

/// <summary>A composed message: subject, plain text and HTML parts.</summary>
public sealed record MailContent(string Subject, string Text, string Html);
