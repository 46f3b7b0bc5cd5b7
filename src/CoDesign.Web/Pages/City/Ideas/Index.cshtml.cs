using System.Globalization;
using CoDesign.Application.Ideas;
using CoDesign.Application.Localization;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Ideas;

/// <summary>The list of a city's ideas: a GET form, so every search and filter is a shareable address.</summary>
public sealed class IdeasIndexModel(IdeaListAppService ideas, CityAppService cities, Application.Permissions.IPermissionChecker permissions) : PageModel
{
    private const string SeedCookie = "cd_seed";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Voted { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Followed { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IdeaListPage Result { get; private set; } = null!;

    public IReadOnlyList<CategorySummaryDto> Categories { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public IdeaSort SortValue { get; private set; }

    public string? ErrorKey { get; private set; }

    public bool CanRecordAssisted { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SortValue = Enum.TryParse<IdeaSort>(Sort, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : IdeaSort.Trending;
        var signedIn = User.Identity?.IsAuthenticated == true;
        var query = new IdeaListQuery
        {
            Search = Search,
            CategoryId = Category,
            ThemeKey = string.IsNullOrWhiteSpace(Theme) ? null : Theme,
            OrganisationId = Organisation,
            Status = Status,
            District = string.IsNullOrWhiteSpace(District) ? null : District,
            Mine = Mine && signedIn,
            Voted = Voted && signedIn,
            Followed = Followed && signedIn,
            Sort = SortValue,
            Seed = VisitorSeed(),
            Cursor = Cursor,
        };
        Categories = await cities.GetCategoriesAsync(Languages.Current, cancellationToken);
        Organisations = await ideas.OrganisationsWithIdeasAsync(cancellationToken);
        CanRecordAssisted = await permissions.IsGrantedAsync(Application.Permissions.CoDesignPermissions.IdeasRecordAssisted, cancellationToken);
        try
        {
            Result = await ideas.ListAsync(query, Languages.Current, cancellationToken);
        }
        catch (BusinessException ex) when (ex.Code == ErrorCodes.Validation)
        {
            // A stale or edited "next page" address: show the first page with a note.
            ErrorKey = "Ideas.BadCursor";
            Result = await ideas.ListAsync(query with { Cursor = null }, Languages.Current, cancellationToken);
        }
    }

    /// <summary>The address of the next page: the same search with the cursor after the last item.</summary>
    public string NextPageUrl()
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Search);
        Add("category", Category?.ToString());
        Add("theme", Theme);
        Add("organisation", Organisation?.ToString());
        Add("status", Status);
        Add("district", District);
        Add("sort", Sort);
        Add("mine", Mine ? "true" : null);
        Add("voted", Voted ? "true" : null);
        Add("followed", Followed ? "true" : null);
        Add("cursor", Result.NextCursor);
        return "?" + string.Join("&", parts);
    }

    /// <summary>A random order that stays put for this visitor while they page through it.</summary>
    private int VisitorSeed()
    {
        if (Request.Cookies.TryGetValue(SeedCookie, out var value) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) && seed is > 0 and < 1_000_000)
        {
            return seed;
        }

        var fresh = Random.Shared.Next(1, 999_999);
        Response.Cookies.Append(SeedCookie, fresh.ToString(CultureInfo.InvariantCulture), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, IsEssential = true, MaxAge = TimeSpan.FromDays(1) });
        return fresh;
    }
}
