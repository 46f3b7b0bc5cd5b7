using System.Globalization;
using CoDesign.Application.Accountability;
using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Coordination;

/// <summary>
/// Cross-city comparisons for coordinators: theme × city figures, trends, top ideas and similar
/// ideas across cities. Aggregates and public idea facts only; every read goes through
/// <see cref="CrossCityReader.ForCoordinatorAsync"/>, which checks the coordinator permission.
/// </summary>
public sealed class CoordinationAppService(ICoDesignDbContext db, CrossCityReader reader, CoordinationFiguresCache cache, IParticipantCounter counter, TimeProvider clock)
{
    public const int TopIdeasPerCity = 5;
    public const int DashboardGroups = 12;

    /// <summary>How many of the period's ideas (most votes first) the similar-ideas groups consider.</summary>
    public const int SimilarityCandidates = 1_000;

    public async Task<CoordinationDashboardDto> DashboardAsync(DateOnly? from, DateOnly? to, string language, CancellationToken cancellationToken = default)
    {
        var data = await reader.ForCoordinatorAsync(cancellationToken).ConfigureAwait(false);
        var period = CoordinationPeriod.Resolve(from, to, clock.GetUtcNow().UtcDateTime);

        // A shared computation is not cancelled with the request that happened to start it.
        var token = cache.Enabled ? CancellationToken.None : cancellationToken;
        return await cache.GetOrCreateAsync(DashboardKey(period, language), () => LocalizedDashboardAsync(data, period, language, token)).ConfigureAwait(false);
    }

    /// <summary>
    /// Computes the default period's dashboard in every language into this node's cache, replacing
    /// what is kept only once the new figures are ready (readers meanwhile get the kept ones). The
    /// figures are computed once and named in each language. Called on start and periodically by
    /// the host; needs no signed-in person, and what it computes is only handed out by
    /// <see cref="DashboardAsync"/> after its permission check.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        var data = reader.ForPrecomputation();
        var period = CoordinationPeriod.Resolve(null, null, clock.GetUtcNow().UtcDateTime);
        await cache.RefreshAsync(DashboardKey(period, null), () => DashboardAsync(data, period, Languages.Finnish, cancellationToken)).ConfigureAwait(false);
        foreach (var language in Languages.All)
        {
            // Renamed from the figures just computed: found in the cache, not computed again.
            await cache.RefreshAsync(DashboardKey(period, language), () => LocalizedDashboardAsync(data, period, language, cancellationToken)).ConfigureAwait(false);
        }
    }

    private static string DashboardKey(CoordinationPeriod period, string? language) =>
        string.Create(CultureInfo.InvariantCulture, $"dashboard|{period.From:O}|{period.To:O}|{language}");

    /// <summary>
    /// The figures do not depend on the language, only the names of themes and cities do: they are
    /// computed once per period (in Finnish) and renamed for Swedish and English.
    /// </summary>
    private async Task<CoordinationDashboardDto> LocalizedDashboardAsync(CoordinatorData data, CoordinationPeriod period, string language, CancellationToken cancellationToken)
    {
        var figures = await cache.GetOrCreateAsync(DashboardKey(period, null), () => DashboardAsync(data, period, Languages.Finnish, cancellationToken)).ConfigureAwait(false);
        if (Languages.Normalize(language) == Languages.Finnish)
        {
            return figures;
        }

        var (themes, cities) = await ReferenceAsync(language, cancellationToken).ConfigureAwait(false);
        return Localize(figures, themes.Values.ToDictionary(t => t.Theme.Key, t => t.Theme, StringComparer.Ordinal), cities.Values.ToDictionary(c => c.City.Slug, c => c.City.Name, StringComparer.Ordinal));
    }

    private static CoordinationDashboardDto Localize(CoordinationDashboardDto figures, Dictionary<string, ThemeRefDto> themes, Dictionary<string, string> cities)
    {
        // A theme or city added or renamed since the figures were computed keeps the name it had.
        ThemeRefDto Theme(ThemeRefDto t) => themes.GetValueOrDefault(t.Key) is { } named ? t with { Name = named.Name } : t;
        string City(string slug, string name) => cities.GetValueOrDefault(slug) ?? name;
        return figures with
        {
            Themes = figures.Themes.Select(Theme).ToList(),
            Cities = figures.Cities.Select(c => c with { Name = City(c.Slug, c.Name) }).ToList(),
            TrendByTheme = figures.TrendByTheme.Select(t => t with { Name = themes.GetValueOrDefault(t.Key)?.Name ?? t.Name }).ToList(),
            SimilarGroups = figures.SimilarGroups.Select(g => g with
            {
                Ideas = g.Ideas.Select(i => i with { CityName = City(i.CitySlug, i.CityName) })
                    .OrderBy(i => i.CityName, StringComparer.Ordinal).ThenByDescending(i => i.VoteCount).ToList(),
            }).ToList(),
        };
    }

    public async Task<CoordinationThemeDto> ThemeAsync(string themeKey, DateOnly? from, DateOnly? to, string language, CancellationToken cancellationToken = default)
    {
        var data = await reader.ForCoordinatorAsync(cancellationToken).ConfigureAwait(false);
        var period = CoordinationPeriod.Resolve(from, to, clock.GetUtcNow().UtcDateTime);
        var token = cache.Enabled ? CancellationToken.None : cancellationToken;
        return await cache.GetOrCreateAsync(string.Create(CultureInfo.InvariantCulture, $"theme|{themeKey}|{period.From:O}|{period.To:O}|{language}"),
            () => ThemeAsync(data, themeKey, period, language, token)).ConfigureAwait(false);
    }

    private async Task<CoordinationDashboardDto> DashboardAsync(CoordinatorData data, CoordinationPeriod period, string language, CancellationToken cancellationToken)
    {
        var (themes, cities) = await ReferenceAsync(language, cancellationToken).ConfigureAwait(false);
        var rows = await RowsAsync(data, period, null, cancellationToken).ConfigureAwait(false);
        var participants = await ParticipantsAsync(data, period, null, cancellationToken).ConfigureAwait(false);
        var workshops = await WorkshopsAsync(data, period, null, cancellationToken).ConfigureAwait(false);
        var figures = Figures(rows, participants, workshops, themes, cities);
        var months = period.Months();
        var trend = themes.Values.OrderBy(t => t.Theme.SortOrder)
            .Select(t => new TrendSeriesDto(t.Theme.Key, t.Theme.Name, Trend(rows.Where(r => r.ThemeId == t.Id), months)))
            .ToList();
        var groups = await SimilarGroupsAsync(data, period, null, cities, cancellationToken).ConfigureAwait(false);
        return new CoordinationDashboardDto(
            period.From,
            period.To,
            themes.Values.Select(t => t.Theme).OrderBy(t => t.SortOrder).ToList(),
            cities.Values.Select(c => c.City).ToList(),
            figures,
            months,
            trend,
            groups.Take(DashboardGroups).ToList());
    }

    private async Task<CoordinationThemeDto> ThemeAsync(CoordinatorData data, string themeKey, CoordinationPeriod period, string language, CancellationToken cancellationToken)
    {
        var (themes, cities) = await ReferenceAsync(language, cancellationToken).ConfigureAwait(false);
        var theme = themes.Values.FirstOrDefault(t => t.Theme.Key == themeKey) ?? throw new EntityNotFoundException("Theme");
        var rows = await RowsAsync(data, period, theme.Id, cancellationToken).ConfigureAwait(false);
        var participants = await ParticipantsAsync(data, period, theme.Id, cancellationToken).ConfigureAwait(false);
        var workshops = await WorkshopsAsync(data, period, theme.Id, cancellationToken).ConfigureAwait(false);
        var figures = Figures(rows, participants, workshops, new Dictionary<Guid, ThemeInfo> { [theme.Id] = theme }, cities)
            .Where(f => f.ThemeKey == theme.Theme.Key)
            .ToList();
        var months = period.Months();
        var trend = cities.Values.Select(c => new TrendSeriesDto(c.City.Slug, c.City.Name, Trend(rows.Where(r => r.CityId == c.Id), months))).ToList();

        var top = await (from i in data.Ideas
                         join c in data.Categories on i.CategoryId equals c.Id
                         where c.ThemeId == theme.Id && i.PublishedAt >= period.FromUtc && i.PublishedAt < period.ToUtcExclusive
                         select new { i.Id, i.TenantId, i.Title, i.Language, i.Status, i.VoteCount, i.CommentCount, i.PublishedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var topIdeas = cities.Values.Select(c => new CityTopIdeasDto(
                c.City.Slug,
                c.City.Name,
                top.Where(i => i.TenantId == c.Id).OrderByDescending(i => i.VoteCount).ThenByDescending(i => i.PublishedAt).ThenBy(i => i.Id).Take(TopIdeasPerCity)
                    .Select(i => new CrossCityIdeaDto(i.Id, c.City.Slug, c.City.Name, i.Title, i.Language, i.Status.ToString(), i.VoteCount, i.CommentCount)).ToList()))
            .ToList();
        var groups = await SimilarGroupsAsync(data, period, theme.Id, cities, cancellationToken).ConfigureAwait(false);
        return new CoordinationThemeDto(period.From, period.To, theme.Theme, cities.Values.Select(c => c.City).ToList(), figures, months, trend, topIdeas, groups);
    }

    private async Task<(Dictionary<Guid, ThemeInfo> Themes, Dictionary<Guid, CityInfo> Cities)> ReferenceAsync(string language, CancellationToken cancellationToken)
    {
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Key)
            .Select(t => new { t.Id, t.Key, t.NameFi, t.NameSv, t.NameEn, t.SortOrder })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var cities = await db.Cities.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.NameFi)
            .Select(c => new { c.Id, c.Slug, c.NameFi, c.NameSv, c.NameEn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (
            themes.ToDictionary(t => t.Id, t => new ThemeInfo(t.Id, new ThemeRefDto(t.Key, Languages.Pick(language, t.NameFi, t.NameSv, t.NameEn), t.NameFi, t.NameSv, t.NameEn, t.SortOrder))),
            cities.ToDictionary(c => c.Id, c => new CityInfo(c.Id, new CityNameDto(c.Slug, Languages.Pick(language, c.NameFi, c.NameSv, c.NameEn)))));
    }

    private static IQueryable<IdeaInTheme> InPeriod(CoordinatorData data, CoordinationPeriod period, Guid? themeId)
    {
        var query = from i in data.Ideas
                    join c in data.Categories on i.CategoryId equals c.Id
                    where i.PublishedAt >= period.FromUtc && i.PublishedAt < period.ToUtcExclusive
                    select new IdeaInTheme { Id = i.Id, ThemeId = c.ThemeId, CityId = i.TenantId };
        return themeId is { } id ? query.Where(x => x.ThemeId == id) : query;
    }

    private static async Task<List<IdeaRow>> RowsAsync(CoordinatorData data, CoordinationPeriod period, Guid? themeId, CancellationToken cancellationToken)
    {
        var themeFilter = themeId ?? Guid.Empty;
        var query = from i in data.Ideas
                    join c in data.Categories on i.CategoryId equals c.Id
                    where i.PublishedAt >= period.FromUtc && i.PublishedAt < period.ToUtcExclusive && (themeId == null || c.ThemeId == themeFilter)
                    select new IdeaRow(c.ThemeId, i.TenantId, i.VoteCount, i.Status, i.Channel, i.PublishedAt!.Value, i.FirstResponseAt);
        return await query.ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Held workshops of the period (by their start), with their recorded attendance.</summary>
    private static async Task<List<WorkshopAttendanceRow>> WorkshopsAsync(CoordinatorData data, CoordinationPeriod period, Guid? themeId, CancellationToken cancellationToken)
    {
        var query = data.Workshops.Where(w => w.StartsAt >= period.FromUtc && w.StartsAt < period.ToUtcExclusive);
        if (themeId is { } id)
        {
            query = query.Where(w => w.ThemeId == id);
        }

        return await query.ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Distinct people per cell, per theme, per city and in all; counted by the database, never read out.</summary>
    private async Task<Participants> ParticipantsAsync(CoordinatorData data, CoordinationPeriod period, Guid? themeId, CancellationToken cancellationToken)
    {
        // One pass where the database can (PostgreSQL); otherwise one query per level below.
        if (await counter.CountAsync(period.FromUtc, period.ToUtcExclusive, themeId, cancellationToken).ConfigureAwait(false) is { } counted)
        {
            return new Participants(counted.Cells.ToDictionary(), counted.ByTheme.ToDictionary(), counted.ByCity.ToDictionary(), counted.Total);
        }

        var acts = from p in data.Participations
                   join i in InPeriod(data, period, themeId) on p.IdeaId equals i.Id
                   select new { i.ThemeId, i.CityId, p.PersonId };
        var cells = await acts.GroupBy(a => new { a.ThemeId, a.CityId })
            .Select(g => new { g.Key.ThemeId, g.Key.CityId, Count = g.Select(a => a.PersonId).Distinct().Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byTheme = await acts.GroupBy(a => a.ThemeId)
            .Select(g => new { g.Key, Count = g.Select(a => a.PersonId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken).ConfigureAwait(false);
        var byCity = await acts.GroupBy(a => a.CityId)
            .Select(g => new { g.Key, Count = g.Select(a => a.PersonId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken).ConfigureAwait(false);
        var total = await acts.Select(a => a.PersonId).Distinct().CountAsync(cancellationToken).ConfigureAwait(false);
        return new Participants(cells.ToDictionary(c => (c.ThemeId, c.CityId), c => c.Count), byTheme, byCity, total);
    }

    /// <summary>
    /// Each theme × city cell, each theme's and each city's total and the grand total. A workshop
    /// whose process has no service area counts in its city's and the grand total only, as an idea
    /// outside the themes would.
    /// </summary>
    private static List<CoordinationFiguresDto> Figures(List<IdeaRow> rows, Participants participants, List<WorkshopAttendanceRow> workshops, Dictionary<Guid, ThemeInfo> themes, Dictionary<Guid, CityInfo> cities)
    {
        var figures = new List<CoordinationFiguresDto>();
        foreach (var theme in themes.Values.OrderBy(t => t.Theme.SortOrder))
        {
            foreach (var city in cities.Values)
            {
                figures.Add(Of(theme.Theme.Key, city.City.Slug, rows.Where(r => r.ThemeId == theme.Id && r.CityId == city.Id), participants.Cells.GetValueOrDefault((theme.Id, city.Id)),
                    workshops.Where(w => w.ThemeId == theme.Id && w.CityId == city.Id)));
            }

            figures.Add(Of(theme.Theme.Key, null, rows.Where(r => r.ThemeId == theme.Id && cities.ContainsKey(r.CityId)), participants.ByTheme.GetValueOrDefault(theme.Id),
                workshops.Where(w => w.ThemeId == theme.Id && cities.ContainsKey(w.CityId))));
        }

        if (themes.Count > 1)
        {
            foreach (var city in cities.Values)
            {
                figures.Add(Of(null, city.City.Slug, rows.Where(r => r.CityId == city.Id), participants.ByCity.GetValueOrDefault(city.Id), workshops.Where(w => w.CityId == city.Id)));
            }

            figures.Add(Of(null, null, rows.Where(r => cities.ContainsKey(r.CityId)), participants.Total, workshops.Where(w => cities.ContainsKey(w.CityId))));
        }

        return figures;
    }

    private static CoordinationFiguresDto Of(string? themeKey, string? citySlug, IEnumerable<IdeaRow> group, int participants, IEnumerable<WorkshopAttendanceRow> workshops)
    {
        var held = workshops.ToList();
        var list = group.ToList();
        var n = list.Count;
        double? Share(int part) => n == 0 ? null : (double)part / n;
        var answered = list.Where(r => r.FirstResponseAt is not null).ToList();
        var days = answered.Select(r => (r.FirstResponseAt!.Value - r.PublishedAt).TotalDays).OrderBy(d => d).ToList();
        var implemented = list.Count(r => r.Status == IdeaStatus.Implemented);
        var online = list.Count(r => r.Channel == ParticipationChannel.Online);
        return new CoordinationFiguresDto(
            themeKey,
            citySlug,
            n,
            list.Sum(r => r.VoteCount),
            participants,
            answered.Count,
            Share(answered.Count),
            AccountabilityAppService.Percentile(days, 0.5),
            implemented,
            Share(implemented),
            online,
            n - online,
            Share(online),
            Share(n - online),
            held.Count,
            held.Sum(w => w.Attended));
    }

    private static List<int> Trend(IEnumerable<IdeaRow> rows, IReadOnlyList<string> months)
    {
        var counts = rows.GroupBy(r => CoordinationPeriod.MonthOf(r.PublishedAt)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return months.Select(m => counts.GetValueOrDefault(m)).ToList();
    }

    private static async Task<IReadOnlyList<SimilarGroupDto>> SimilarGroupsAsync(CoordinatorData data, CoordinationPeriod period, Guid? themeId, Dictionary<Guid, CityInfo> cities, CancellationToken cancellationToken)
    {
        // The most-supported ideas of the period: grouping compares ideas pairwise, so its input is
        // bounded (docs/adr/0007); an idea without support is rarely what coordinators compare.
        var ids = InPeriod(data, period, themeId).Select(x => x.Id);
        var ideas = await data.Ideas.Where(i => ids.Contains(i.Id))
            .OrderByDescending(i => i.VoteCount).ThenBy(i => i.Id).Take(SimilarityCandidates)
            .Select(i => new { i.Id, i.TenantId, i.Title, i.SearchKeys, i.Language, i.Status, i.VoteCount, i.CommentCount })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        ideas = ideas.Where(i => cities.ContainsKey(i.TenantId)).ToList();
        var byId = ideas.ToDictionary(i => i.Id);
        var groups = CrossCitySimilarity.Groups(ideas.Select(i => CrossCitySimilarity.Item(i.Id, i.TenantId, i.Title, i.SearchKeys)).ToList());
        return groups.Select(g =>
        {
            var members = g.Select(x => byId[x.Id])
                .OrderBy(i => cities[i.TenantId].City.Name, StringComparer.Ordinal).ThenByDescending(i => i.VoteCount)
                .Select(i => new CrossCityIdeaDto(i.Id, cities[i.TenantId].City.Slug, cities[i.TenantId].City.Name, i.Title, i.Language, i.Status.ToString(), i.VoteCount, i.CommentCount))
                .ToList();
            return new SimilarGroupDto(members, members.Select(m => m.CitySlug).Distinct().Count(), members.Sum(m => m.VoteCount));
        }).ToList();
    }

    private sealed record ThemeInfo(Guid Id, ThemeRefDto Theme);

    private sealed record CityInfo(Guid Id, CityNameDto City);

    private sealed record IdeaRow(Guid ThemeId, Guid CityId, int VoteCount, IdeaStatus Status, ParticipationChannel Channel, DateTime PublishedAt, DateTime? FirstResponseAt);

    private sealed record Participants(Dictionary<(Guid, Guid), int> Cells, Dictionary<Guid, int> ByTheme, Dictionary<Guid, int> ByCity, int Total);

    private sealed class IdeaInTheme
    {
        public Guid Id { get; init; }

        public Guid ThemeId { get; init; }

        public Guid CityId { get; init; }
    }
}
