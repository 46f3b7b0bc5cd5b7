namespace CoDesign.Application.Ideas;

/// <summary>Search, filters, sort and position in a list of a city's ideas.</summary>
public sealed record IdeaListQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 200;

    public string? Search { get; init; }

    public Guid? CategoryId { get; init; }

    public string? ThemeKey { get; init; }

    public string? Status { get; init; }

    public string? District { get; init; }

    public Guid? OrganisationId { get; init; }

    public bool Mine { get; init; }

    public bool Voted { get; init; }

    public bool Followed { get; init; }

    public IdeaSort Sort { get; init; } = IdeaSort.Trending;

    /// <summary>Seed of the random order; the same seed gives the same order.</summary>
    public int Seed { get; init; }

    /// <summary>Opaque position from the previous page's <see cref="IdeaListPage.NextCursor"/>.</summary>
    public string? Cursor { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;
}
