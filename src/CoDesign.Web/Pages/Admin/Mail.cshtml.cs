using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Admin;

/// <summary>Platform admins' mail log; in the embedded mode it is how a try-out reads the mail it sent.</summary>
public sealed class AdminMailModel(MailAdminAppService mail) : PageModel
{
    public IReadOnlyList<MailSummaryDto> Mails { get; private set; } = [];

    public MailDetailDto? Detail { get; private set; }

    [BindProperty(SupportsGet = true)]
    public OutboxMailStatus? Status { get; set; }

    // Not "page": Razor Pages keeps the page's name in that route value, which binding reads first.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CoDesign.Web.Pages.Forms.MailLogView View => new(Mails, Detail, Status, PageNumber, "/admin/mail");

    public async Task OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        if (id is { } mailId)
        {
            Detail = await mail.GetAsync(mailId, cancellationToken).ConfigureAwait(false);
            return;
        }

        Mails = await mail.ListAsync(Status, PageNumber, cancellationToken).ConfigureAwait(false);
    }
}
