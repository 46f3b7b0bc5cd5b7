using CoDesign.Application.Coordination;
using CoDesign.Application.Localization;

namespace CoDesign.Web.Pages.Coordination;

/// <summary>One theme across cities: figures per city, trend per city, top ideas of each city and similar ideas.</summary>
public sealed class CoordinationThemeModel(CoordinationAppService coordination) : CoordinationPageModel
{
    public CoordinationThemeDto Theme { get; private set; } = null!;

    public async Task OnGetAsync(string key, CancellationToken cancellationToken) =>
        Theme = await coordination.ThemeAsync(key, From, To, Languages.Current, cancellationToken);
}
