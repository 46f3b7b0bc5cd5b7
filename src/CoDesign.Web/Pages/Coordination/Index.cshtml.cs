using CoDesign.Application.Coordination;
using CoDesign.Application.Localization;
using Microsoft.AspNetCore.Mvc;

namespace CoDesign.Web.Pages.Coordination;

/// <summary>Coordinators compare themes across cities: one figure at a time as theme × city, all figures per theme, trends and similar ideas.</summary>
public sealed class CoordinationIndexModel(CoordinationAppService coordination) : CoordinationPageModel
{
    public static readonly IReadOnlyList<string> FigureNames = ["ideas", "votes", "participants", "answered", "median", "implemented", "assisted", "attendance"];

    [BindProperty(SupportsGet = true)]
    public string? Figure { get; set; }

    public CoordinationDashboardDto Dashboard { get; private set; } = null!;

    public string SelectedFigure => Figure is not null && FigureNames.Contains(Figure) ? Figure : "ideas";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dashboard = await coordination.DashboardAsync(From, To, Languages.Current, cancellationToken);
}
