using CoDesign.Application.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin;

public sealed class CityAuditModel(AuditLogAppService audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    // Not "page": Razor Pages keeps the page's name in that route value, which binding reads first.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntryDto> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await audit.ListAsync(Action, Math.Max(1, PageNumber), ct);
}
