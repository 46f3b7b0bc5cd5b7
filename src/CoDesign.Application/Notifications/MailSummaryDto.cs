namespace CoDesign.Application.Notifications;

public sealed record MailSummaryDto(Guid Id, string To, string Subject, string Kind, string Status, int Attempts, DateTime CreatedAt, DateTime? SentAt, string? LastError);
