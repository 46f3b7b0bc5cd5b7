using System.Data.Common;
using System.Globalization;
using CoDesign.Application.Coordination;
using CoDesign.Domain.Identity;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Coordination;

/// <summary>
/// Every figure of the coordination dashboard and the theme drill-down, recomputed with plain SQL
/// on the seeded PostgreSQL data (GROUPING SETS for the totals, COUNT(DISTINCT) for people,
/// percentile_disc for the median) and compared.
/// </summary>
public sealed class CoordinationFiguresOnPostgreSqlTests : IAsyncLifetime
{
    private const string Published = "('Published','UnderReview','Accepted','InProgress','Implemented','NotPursued')";

    private TestDatabase _db = null!;
    private TestServices _services = null!;

    public static TheoryData<string?, string?> Periods => new()
    {
        { null, null },
        { "2015-01-01", "2030-12-31" },
        { "2026-02-10", "2026-09-05" },
    };

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(DatabaseProvider.PostgreSql);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);
        var coordinator = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == "coordinator@demo.codesign.fi").Select(u => u.Id).SingleAsync());
        _services.User.SignIn(coordinator, PlatformRoles.Coordinator);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task EveryDashboardFigure_EqualsPlainSql(string? from, string? to)
    {
        var dashboard = await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().DashboardAsync(Date(from), Date(to), "fi"));
        var period = new CoordinationPeriod(dashboard.From, dashboard.To);
        var expected = await FiguresBySqlAsync(period, null);

        dashboard.Figures.Count.ShouldBe((dashboard.Themes.Count + 1) * (dashboard.Cities.Count + 1));
        CompareFigures(dashboard.Figures, expected);
        dashboard.Figures.Single(f => f.ThemeKey == null && f.CitySlug == null).Ideas.ShouldBeGreaterThan(from == "2015-01-01" ? 100 : 10);
        if (from is null)
        {
            dashboard.Figures.Single(f => f.ThemeKey == null && f.CitySlug == null).WorkshopAttendance.ShouldBeGreaterThan(0, "the demo's held workshops are in the default period");
        }

        var trend = await TrendBySqlAsync(period, null);
        foreach (var series in dashboard.TrendByTheme)
        {
            for (var m = 0; m < dashboard.Months.Count; m++)
            {
                series.Ideas[m].ShouldBe(trend.GetValueOrDefault((series.Key, dashboard.Months[m])), $"{series.Key} {dashboard.Months[m]}");
            }
        }

        trend.Values.Sum().ShouldBe(dashboard.TrendByTheme.Sum(s => s.Ideas.Sum()), "no idea falls outside the months shown");
    }

    [Fact]
    public async Task ThemeDrillDown_FiguresTrendAndTopIdeas_EqualPlainSql()
    {
        var theme = await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().ThemeAsync("mobility", new DateOnly(2000, 1, 1), null, "sv"));
        theme.Theme.Name.ShouldBe("Mobilitet");
        var period = new CoordinationPeriod(theme.From, theme.To);
        var expected = await FiguresBySqlAsync(period, "mobility");
        theme.Figures.Count.ShouldBe(theme.Cities.Count + 1);
        CompareFigures(theme.Figures, expected.Where(e => e.Key.Theme == "mobility").ToDictionary(e => e.Key, e => e.Value));

        var trend = await TrendBySqlAsync(period, "mobility", byCity: true);
        foreach (var series in theme.TrendByCity)
        {
            for (var m = 0; m < theme.Months.Count; m++)
            {
                series.Ideas[m].ShouldBe(trend.GetValueOrDefault((series.Key, theme.Months[m])));
            }
        }

        var top = await QueryAsync(
            $"""
            SELECT ci."Slug", i."Id"::text FROM (
              SELECT i.*, row_number() OVER (PARTITION BY i."TenantId" ORDER BY i."VoteCount" DESC, i."PublishedAt" DESC) AS rn
              FROM "Ideas" i JOIN "Categories" c ON c."Id" = i."CategoryId" JOIN "Themes" t ON t."Id" = c."ThemeId"
              WHERE t."Key" = 'mobility' AND i."Status" IN {Published} AND NOT i."ProvisionallyHidden"
                AND i."PublishedAt" >= @from AND i."PublishedAt" < @to) i
            JOIN "Cities" ci ON ci."Id" = i."TenantId"
            WHERE rn <= 5 ORDER BY ci."Slug", rn
            """,
            period);
        var actualTop = theme.TopIdeas.SelectMany(c => c.Ideas.Select(i => (c.CitySlug, i.Id.ToString()))).OrderBy(x => x.CitySlug, StringComparer.Ordinal).ToList();
        actualTop.Select(x => $"{x.CitySlug} {x.Item2}").ShouldBe(top.Select(r => $"{r[0]} {r[1]}"), ignoreOrder: true);
        theme.TopIdeas.ShouldAllBe(c => c.Ideas.Count <= 5);
    }

    [Fact]
    public async Task SimilarGroups_SpanCities_AndHoldOnlyPublishedIdeasOfThePeriod()
    {
        var dashboard = await _services.RunAsync(sp => sp.GetRequiredService<CoordinationAppService>().DashboardAsync(new DateOnly(2000, 1, 1), null, "fi"));
        dashboard.SimilarGroups.ShouldNotBeEmpty();
        dashboard.SimilarGroups.ShouldAllBe(g => g.Cities >= 2 && g.Ideas.Select(i => i.CitySlug).Distinct().Count() == g.Cities);
        var ids = dashboard.SimilarGroups.SelectMany(g => g.Ideas).Select(i => i.Id).ToList();
        var published = await QueryAsync($"""SELECT "Id"::text FROM "Ideas" WHERE "Status" IN {Published} AND NOT "ProvisionallyHidden" """, null);
        ids.ShouldAllBe(id => published.Select(r => r[0]).Contains(id.ToString()));
    }

    private static void CompareFigures(IReadOnlyList<CoordinationFiguresDto> actual, Dictionary<(string? Theme, string? City), SqlFigures> expected)
    {
        var failures = new List<string>();
        foreach (var f in actual)
        {
            var e = expected.GetValueOrDefault((f.ThemeKey, f.CitySlug)) ?? new SqlFigures(0, 0, 0, 0, null, 0, 0);
            void Check(string name, double? a, double? b, double tolerance = 1e-9)
            {
                if (a is null != b is null || (a is not null && Math.Abs(a.Value - b!.Value) > tolerance))
                {
                    failures.Add($"{f.ThemeKey ?? "*"} × {f.CitySlug ?? "*"} {name}: {a} ≠ {b}");
                }
            }

            double? Share(int part) => e.Ideas == 0 ? null : (double)part / e.Ideas;
            Check("ideas", f.Ideas, e.Ideas);
            Check("votes", f.Votes, e.Votes);
            Check("participants", f.Participants, e.Participants);
            Check("answered", f.Answered, e.Answered);
            Check("share answered", f.ShareAnswered, Share(e.Answered));
            Check("median", f.MedianDaysToFirstResponse, e.MedianDays is null ? null : Math.Round(e.MedianDays.Value, 1, MidpointRounding.AwayFromZero), 1e-6);
            Check("implemented", f.Implemented, e.Implemented);
            Check("share implemented", f.ShareImplemented, Share(e.Implemented));
            Check("online", f.Online, e.Online);
            Check("assisted", f.Assisted, e.Ideas - e.Online);
            Check("share online", f.ShareOnline, Share(e.Online));
            Check("share assisted", f.ShareAssisted, Share(e.Ideas - e.Online));
            Check("workshops", f.Workshops, e.Workshops);
            Check("workshop attendance", f.WorkshopAttendance, e.Attendance);
        }

        expected.Keys.Where(k => !actual.Any(a => a.ThemeKey == k.Theme && a.CitySlug == k.City)).ShouldBeEmpty();
        failures.ShouldBeEmpty();
    }

    private async Task<Dictionary<(string? Theme, string? City), SqlFigures>> FiguresBySqlAsync(CoordinationPeriod period, string? theme)
    {
        var themeFilter = theme is null ? string.Empty : $"""AND t."Key" = '{theme}'""";
        var ideas = await QueryAsync(
            $"""
            WITH i AS (
              SELECT i.*, t."Key" AS theme, ci."Slug" AS city
              FROM "Ideas" i JOIN "Categories" c ON c."Id" = i."CategoryId" JOIN "Themes" t ON t."Id" = c."ThemeId" JOIN "Cities" ci ON ci."Id" = i."TenantId"
              WHERE i."Status" IN {Published} AND NOT i."ProvisionallyHidden" AND i."PublishedAt" >= @from AND i."PublishedAt" < @to {themeFilter})
            SELECT theme, city, count(*), sum("VoteCount"), count("FirstResponseAt"),
                   percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("FirstResponseAt" - "PublishedAt")) / 86400.0),
                   count(*) FILTER (WHERE "Status" = 'Implemented'), count(*) FILTER (WHERE "Channel" = 'Online')
            FROM i GROUP BY GROUPING SETS ((theme, city), (theme), (city), ())
            """,
            period);
        var people = await QueryAsync(
            $"""
            WITH i AS (
              SELECT i."Id", t."Key" AS theme, ci."Slug" AS city
              FROM "Ideas" i JOIN "Categories" c ON c."Id" = i."CategoryId" JOIN "Themes" t ON t."Id" = c."ThemeId" JOIN "Cities" ci ON ci."Id" = i."TenantId"
              WHERE i."Status" IN {Published} AND NOT i."ProvisionallyHidden" AND i."PublishedAt" >= @from AND i."PublishedAt" < @to {themeFilter}),
            p AS (
              SELECT "Id" AS idea, "AuthorId" AS person FROM "Ideas" WHERE "AuthorId" IS NOT NULL
              UNION ALL SELECT "IdeaId", "VoterId" FROM "Votes"
              UNION ALL SELECT "IdeaId", "AuthorId" FROM "Comments" WHERE NOT "IsOfficial")
            SELECT theme, city, count(DISTINCT p.person) FROM p JOIN i ON i."Id" = p.idea
            GROUP BY GROUPING SETS ((theme, city), (theme), (city), ())
            """,
            period);
        var participants = people.ToDictionary(r => ((string?)r[0], (string?)r[1]), r => Convert.ToInt32(r[2], CultureInfo.InvariantCulture));

        // Held workshops of published processes; one whose process has no service area has no theme,
        // so it only counts where the theme is rolled up (GROUPING(theme) = 1).
        var held = await QueryAsync(
            $"""
            WITH w AS (
              SELECT t."Key" AS theme, ci."Slug" AS city, w."AttendanceCount" AS attended
              FROM "Workshops" w JOIN "Processes" p ON p."Id" = w."ProcessId" JOIN "Cities" ci ON ci."Id" = w."TenantId"
              LEFT JOIN "Categories" c ON c."Id" = p."CategoryId" LEFT JOIN "Themes" t ON t."Id" = c."ThemeId"
              WHERE p."IsPublished" AND w."CancelledAt" IS NULL AND w."AttendanceCount" IS NOT NULL
                AND w."StartsAt" >= @from AND w."StartsAt" < @to {themeFilter})
            SELECT theme, city, count(*), sum(attended) FROM w
            GROUP BY GROUPING SETS ((theme, city), (theme), (city), ())
            HAVING GROUPING(theme) = 1 OR theme IS NOT NULL
            """,
            period);
        var workshops = held.ToDictionary(r => ((string?)r[0], (string?)r[1]), r => (Convert.ToInt32(r[2], CultureInfo.InvariantCulture), Convert.ToInt32(r[3], CultureInfo.InvariantCulture)));
        var figures = ideas.ToDictionary(
            r => ((string?)r[0], (string?)r[1]),
            r => new SqlFigures(
                Convert.ToInt32(r[2], CultureInfo.InvariantCulture),
                Convert.ToInt32(r[3], CultureInfo.InvariantCulture),
                participants.GetValueOrDefault(((string?)r[0], (string?)r[1])),
                Convert.ToInt32(r[4], CultureInfo.InvariantCulture),
                r[5] is null ? null : Convert.ToDouble(r[5], CultureInfo.InvariantCulture),
                Convert.ToInt32(r[6], CultureInfo.InvariantCulture),
                Convert.ToInt32(r[7], CultureInfo.InvariantCulture)));
        foreach (var (key, (count, attended)) in workshops)
        {
            var known = figures.GetValueOrDefault(key) ?? new SqlFigures(0, 0, 0, 0, null, 0, 0);
            figures[key] = known with { Workshops = count, Attendance = attended };
        }

        return figures;
    }

    private async Task<Dictionary<(string Key, string Month), int>> TrendBySqlAsync(CoordinationPeriod period, string? theme, bool byCity = false)
    {
        var rows = await QueryAsync(
            $"""
            SELECT {(byCity ? "ci.\"Slug\"" : "t.\"Key\"")}, to_char(i."PublishedAt" AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM'), count(*)
            FROM "Ideas" i JOIN "Categories" c ON c."Id" = i."CategoryId" JOIN "Themes" t ON t."Id" = c."ThemeId" JOIN "Cities" ci ON ci."Id" = i."TenantId"
            WHERE i."Status" IN {Published} AND NOT i."ProvisionallyHidden" AND i."PublishedAt" >= @from AND i."PublishedAt" < @to
              {(theme is null ? string.Empty : $"AND t.\"Key\" = '{theme}'")}
            GROUP BY 1, 2
            """,
            period);
        return rows.ToDictionary(r => ((string)r[0]!, (string)r[1]!), r => Convert.ToInt32(r[2], CultureInfo.InvariantCulture));
    }

    private Task<List<object?[]>> QueryAsync(string sql, CoordinationPeriod? period) => _services.RunAsync(async sp =>
    {
        var connection = sp.GetRequiredService<CoDesignDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (period is not null)
        {
            Add(command, "from", period.FromUtc);
            Add(command, "to", period.ToUtcExclusive);
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = reader.IsDBNull(c) ? null : reader.GetValue(c);
            }

            rows.Add(row);
        }

        return rows;
    });

    private static void Add(DbCommand command, string name, DateTime value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        command.Parameters.Add(p);
    }

    private static DateOnly? Date(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record SqlFigures(int Ideas, int Votes, int Participants, int Answered, double? MedianDays, int Implemented, int Online)
    {
        public int Workshops { get; init; }

        public int Attendance { get; init; }
    }
}
