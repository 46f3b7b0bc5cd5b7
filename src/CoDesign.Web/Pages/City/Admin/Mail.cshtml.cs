using CoDesign.Application.Notifications;
using CoDesign.Domain.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CoDesign.Web.Tenancy;

namespace CoDesign.Web.Pages.City.Admin;

/// <summary>A city admin's mail log: the mail about their city, sent, waiting or failed (with the reason).</summary>
public sealed class CityMailModel(MailAdminAppService mail) : PageModel
{
    public IReadOnlyList<MailSummaryDto> Mails { get; private set; } = [];

    public MailDetailDto? Detail { get; private set; }

    [BindProperty(SupportsGet = true)]
    public OutboxMailStatus? Status { get; set; }

    // Not "page": Razor Pages keeps the page's name in that route value, which binding reads first.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CoDesign.Web.Pages.Forms.MailLogView View => new(Mails, Detail, Status, PageNumber, $"/{HttpContext.City()!.Slug}/admin/mail");

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
