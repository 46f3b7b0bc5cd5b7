using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;

namespace CoDesign.Web.Pages.Forms;

/// <summary>What the mail log partial shows, for the platform's log and for one city's.</summary>
public sealed record MailLogView(IReadOnlyList<MailSummaryDto> Mails, MailDetailDto? Detail, OutboxMailStatus? Status, int PageNumber, string BasePath);
