using CoDesign.Application.Notifications;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Notifications;

/// <summary>The signed-in person's notifications from every city, newest first, with what is unread.</summary>
public sealed class NotificationsIndexModel(NotificationsAppService notifications, PageTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    // Not "page": Razor Pages keeps the page's name in that route value, which binding reads
    // before the query string, and a redirect with it names another page.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public NotificationPageDto Result { get; private set; } = new([], 0, 1, false);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await notifications.ListAsync(PageNumber, Unread, texts.Language, ct);

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        await notifications.MarkReadAsync(id, ct);
        return RedirectToPage(new { unread = Unread, p = PageNumber });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await notifications.MarkAllReadAsync(ct);
        return RedirectToPage(new { unread = Unread });
    }
}
