using CoDesign.Application.Localization;
using CoDesign.Application.Processes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Processes;

/// <summary>The city's processes: open, upcoming and past, filtered by state, theme and district (a GET form, works without JavaScript).</summary>
public sealed class ProcessesIndexModel(ProcessAppService processes) : PageModel
{
    public static readonly IReadOnlyList<string> States = ["open", "upcoming", "past"];

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    public IReadOnlyList<ProcessListItemDto> Processes { get; private set; } = [];

    public IReadOnlyList<(string Key, string Name)> Themes { get; private set; } = [];

    public IReadOnlyList<string> Districts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var language = Languages.Current;
        var all = await processes.ListAsync(new ProcessQuery(), language, ct);
        Processes = await processes.ListAsync(new ProcessQuery(States.Contains(State) || State == "draft" ? State : null, Theme, District), language, ct);
        Themes = all.Where(p => p.ThemeKey is not null).Select(p => (p.ThemeKey!, p.CategoryName!)).Distinct().OrderBy(t => t.Item2, StringComparer.CurrentCulture).ToList();
        Districts = all.SelectMany(p => p.Districts).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).ToList();
    }
}
