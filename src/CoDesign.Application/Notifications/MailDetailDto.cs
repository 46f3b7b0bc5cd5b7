namespace CoDesign.Application.Notifications;

public sealed record MailDetailDto(MailSummaryDto Summary, string TextBody, string? UnsubscribeUrl, string? HtmlBody = null);
