using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Application.Tenancy;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>
/// The public list of a city's ideas: search, filters, five sorts and keyset pagination (each page
/// continues after the last row of the previous one, so deep pages cost the same as the first).
/// </summary>
public sealed class IdeaListAppService(ICoDesignDbContext db, IIdeaTextSearch textSearch, ICurrentUser currentUser)
{
    /// <summary>RandomKey is in [0, 2^31): the random order starts at a point of that range chosen by the seed.</summary>
    private const long RandomRange = 2_147_483_648;

    public async Task<IdeaListPage> ListAsync(IdeaListQuery query, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = Normalize(query);
        var ideas = db.Ideas.AsNoTracking().Where(i => CityAppService.PublicIdeaStatuses.Contains(i.Status) && !i.ProvisionallyHidden);

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            ideas = textSearch.Matching(ideas, query.Search);
        }

        if (query.CategoryId is { } categoryId)
        {
            ideas = ideas.Where(i => i.CategoryId == categoryId);
        }

        if (!string.IsNullOrEmpty(query.ThemeKey))
        {
            var categoryIds = db.Categories.Where(c => db.Themes.Any(t => t.Id == c.ThemeId && t.Key == query.ThemeKey)).Select(c => c.Id);
            ideas = ideas.Where(i => categoryIds.Contains(i.CategoryId));
        }

        if (query.Status is not null && Enum.TryParse<IdeaStatus>(query.Status, out var status))
        {
            ideas = ideas.Where(i => i.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            ideas = ideas.Where(i => i.District == query.District);
        }

        if (query.OrganisationId is { } organisationId)
        {
            ideas = ideas.Where(i => i.OrganisationId == organisationId);
        }

        if (query.Mine || query.Voted || query.Followed)
        {
            var me = currentUser.Id ?? throw new BusinessException(ErrorCodes.Unauthenticated, "Sign in to filter by your own participation.");
            if (query.Mine)
            {
                ideas = ideas.Where(i => i.AuthorId == me);
            }

            if (query.Voted)
            {
                ideas = ideas.Where(i => db.Votes.Any(v => v.IdeaId == i.Id && v.VoterId == me));
            }

            if (query.Followed)
            {
                ideas = ideas.Where(i => db.IdeaFollowers.Any(f => f.IdeaId == i.Id && f.UserId == me));
            }
        }

        var cursor = Cursor.Parse(query.Cursor);
        var seed = (long)query.Seed;
        List<Row> rows;
        if (query.Sort == IdeaSort.Random)
        {
            rows = await RandomPageAsync(ideas, seed, cursor, query.PageSize + 1, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var ordered = query.Sort switch
            {
                IdeaSort.Top => Keyset(ideas, i => (long)i.VoteCount, cursor).OrderByDescending(i => i.VoteCount).ThenByDescending(i => i.Id),
                IdeaSort.MostDiscussed => Keyset(ideas, i => (long)i.CommentCount, cursor).OrderByDescending(i => i.CommentCount).ThenByDescending(i => i.Id),
                IdeaSort.Newest => Keyset(ideas, i => i.PublishedAt!.Value.Ticks, cursor, ticks: true).OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id),
                _ => Keyset(ideas, i => i.LastActivityAt.Ticks, cursor, ticks: true).OrderByDescending(i => i.LastActivityAt).ThenByDescending(i => i.Id),
            };
            rows = await Project(ordered.Take(query.PageSize + 1)).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var page = rows.Take(query.PageSize).ToList();
        var lookups = await LookupsAsync(page.Select(r => r.CategoryId), page.Select(r => r.AuthorId), page.Select(r => r.OrganisationId), language, cancellationToken).ConfigureAwait(false);
        var items = page.Select(r => new IdeaListItemDto(
            r.Id,
            r.Title,
            Excerpt.Of(r.Body, 220),
            r.Language,
            r.CategoryId,
            lookups.Categories.GetValueOrDefault(r.CategoryId).Name ?? string.Empty,
            lookups.Categories.GetValueOrDefault(r.CategoryId).Theme ?? string.Empty,
            r.Status.ToString(),
            r.VoteCount,
            r.CommentCount,
            r.District,
            r.AuthorId is { } a ? lookups.Authors.GetValueOrDefault(a, string.Empty) : string.Empty,
            r.OrganisationId is { } o ? lookups.Organisations.GetValueOrDefault(o) : null,
            r.PublishedAt)).ToList();

        string? next = null;
        if (rows.Count > query.PageSize)
        {
            var last = page[^1];
            var value = query.Sort switch
            {
                IdeaSort.Top => last.VoteCount,
                IdeaSort.MostDiscussed => last.CommentCount,
                IdeaSort.Newest => last.PublishedAt.Ticks,
                IdeaSort.Random => last.RandomKey,
                _ => last.LastActivityAt.Ticks,
            };
            next = Cursor.Format(value, last.Id);
        }

        return new IdeaListPage(items, next, query);
    }

    /// <summary>Organisations that have published ideas in the current city, for the list's filter.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OrganisationsWithIdeasAsync(CancellationToken cancellationToken = default)
    {
        var ids = db.Ideas.Where(i => i.OrganisationId != null && CityAppService.PublicIdeaStatuses.Contains(i.Status)).Select(i => i.OrganisationId!.Value).Distinct();
        var rows = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => (r.Id, r.Name)).ToList();
    }

    /// <summary>Clamps what a client may ask for: page size, search length, a known status.</summary>
    public static IdeaListQuery Normalize(IdeaListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var search = WithoutNul(query.Search)?.Trim();
        if (search is { Length: > IdeaListQuery.MaxSearchLength })
        {
            search = search[..IdeaListQuery.MaxSearchLength];
        }

        return query with
        {
            Search = string.IsNullOrEmpty(search) ? null : search,
            District = WithoutNul(query.District),
            ThemeKey = WithoutNul(query.ThemeKey),
            PageSize = Math.Clamp(query.PageSize, 1, IdeaListQuery.MaxPageSize),
            Seed = query.Seed is > 0 and < 1_000_000 ? query.Seed : 1 + Math.Abs(query.Seed % 999_999),
            Status = query.Status is not null && Enum.TryParse<IdeaStatus>(query.Status, out var s) && CityAppService.PublicIdeaStatuses.Contains(s) ? s.ToString() : null,
        };
    }

    /// <summary>PostgreSQL text cannot hold U+0000, so no stored value has one; sent as a parameter it fails the query.</summary>
    private static string? WithoutNul(string? text) => text?.Replace("\0", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// The random order: every idea has a fixed random key; a visitor's seed picks where in the key
    /// range their order starts, and it runs up from there and wraps around. Every idea is equally
    /// likely to come first, the order is stable for a seed, and each page is one or two range
    /// scans of the (TenantId, RandomKey) index (an order computed from the seed would sort the
    /// whole city on every page). The cursor is the last row's key and id.
    /// </summary>
    private static async Task<List<Row>> RandomPageAsync(IQueryable<Idea> ideas, long seed, Cursor? cursor, int take, CancellationToken cancellationToken)
    {
        var start = (int)(seed * 2_654_435_761L % RandomRange);
        var inFirstPart = cursor is null || cursor.Value >= start;
        var rows = new List<Row>();
        if (inFirstPart)
        {
            rows.AddRange(await Project(After(ideas.Where(i => i.RandomKey >= start), cursor).OrderBy(i => i.RandomKey).ThenBy(i => i.Id).Take(take))
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        if (rows.Count < take)
        {
            var wrapped = ideas.Where(i => i.RandomKey < start);
            rows.AddRange(await Project((inFirstPart ? wrapped : After(wrapped, cursor)).OrderBy(i => i.RandomKey).ThenBy(i => i.Id).Take(take - rows.Count))
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return rows;

        static IQueryable<Idea> After(IQueryable<Idea> ideas, Cursor? cursor)
        {
            if (cursor is null)
            {
                return ideas;
            }

            var key = (int)cursor.Value;
            var id = cursor.Id;
            return ideas.Where(i => i.RandomKey > key || (i.RandomKey == key && i.Id.CompareTo(id) > 0));
        }
    }

    private static IQueryable<Row> Project(IQueryable<Idea> ideas) =>
        ideas.Select(i => new Row(
            i.Id,
            i.Title,
            i.Body,
            i.Language,
            i.CategoryId,
            i.Status,
            i.VoteCount,
            i.CommentCount,
            i.District,
            i.AuthorId,
            i.OrganisationId,
            i.Channel,
            i.PublishedAt ?? i.CreatedAt,
            i.LastActivityAt,
            i.RandomKey));

    private static IQueryable<Idea> Keyset(IQueryable<Idea> ideas, Expression<Func<Idea, long>> key, Cursor? cursor, bool ticks = false)
    {
        if (cursor is null)
        {
            return ideas;
        }

        // (key < last) OR (key = last AND id < lastId), built as an expression so both providers translate it.
        var p = key.Parameters[0];
        var body = key.Body;
        if (ticks)
        {
            if (cursor.Value < DateTime.MinValue.Ticks || cursor.Value > DateTime.MaxValue.Ticks)
            {
                throw new BusinessException(ErrorCodes.Validation, "Invalid cursor.") { Field = "cursor" };
            }

            // Compare the DateTime itself rather than Ticks, which SQL cannot compute.
            var member = (MemberExpression)((MemberExpression)body).Expression!;
            var dateExpr = member.Type == typeof(DateTime?) ? Expression.Property(member, "Value") : (Expression)member;
            var lastDate = Expression.Constant(new DateTime(cursor.Value, DateTimeKind.Utc));
            var idLess = IdBefore(p, cursor.Id);
            var pred = Expression.OrElse(Expression.LessThan(dateExpr, lastDate), Expression.AndAlso(Expression.Equal(dateExpr, lastDate), idLess));
            return ideas.Where(Expression.Lambda<Func<Idea, bool>>(pred, p));
        }

        var lastValue = Expression.Constant(cursor.Value);
        var idBefore = IdBefore(p, cursor.Id);
        var predicate = Expression.OrElse(Expression.LessThan(body, lastValue), Expression.AndAlso(Expression.Equal(body, lastValue), idBefore));
        return ideas.Where(Expression.Lambda<Func<Idea, bool>>(predicate, p));
    }

    /// <summary>id.CompareTo(last) &lt; 0: EF translates it to the database's own uuid/text order, the one ORDER BY Id uses.</summary>
    private static BinaryExpression IdBefore(ParameterExpression idea, Guid lastId) =>
        Expression.LessThan(
            Expression.Call(Expression.Property(idea, nameof(Idea.Id)), typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, Expression.Constant(lastId)),
            Expression.Constant(0));

    private async Task<(Dictionary<Guid, (string Name, string Theme)> Categories, Dictionary<Guid, string> Authors, Dictionary<Guid, string> Organisations)> LookupsAsync(
        IEnumerable<Guid> categoryIds, IEnumerable<Guid?> authorIds, IEnumerable<Guid?> organisationIds, string language, CancellationToken cancellationToken)
    {
        var cats = categoryIds.Distinct().ToList();
        var authors = authorIds.OfType<Guid>().Distinct().ToList();
        var orgs = organisationIds.OfType<Guid>().Distinct().ToList();
        var categories = await (from c in db.Categories.AsNoTracking()
                                join t in db.Themes.AsNoTracking() on c.ThemeId equals t.Id
                                where cats.Contains(c.Id)
                                select new { c.Id, c.NameFi, c.NameSv, c.NameEn, t.Key })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var people = await db.Users.AsNoTracking().Where(u => authors.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken).ConfigureAwait(false);
        var organisations = await db.Organisations.AsNoTracking().Where(o => orgs.Contains(o.Id)).Select(o => new { o.Id, o.Name })
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken).ConfigureAwait(false);
        return (
            categories.ToDictionary(c => c.Id, c => (Languages.Pick(language, c.NameFi, c.NameSv, c.NameEn), c.Key)),
            people,
            organisations);
    }

    private sealed record Row(
        Guid Id,
        string Title,
        string Body,
        string Language,
        Guid CategoryId,
        IdeaStatus Status,
        int VoteCount,
        int CommentCount,
        string? District,
        Guid? AuthorId,
        Guid? OrganisationId,
        ParticipationChannel Channel,
        DateTime PublishedAt,
        DateTime LastActivityAt,
        int RandomKey);

    private sealed record Cursor(long Value, Guid Id)
    {
        public static Cursor? Parse(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            try
            {
                var raw = Encoding.UTF8.GetString(Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (text.Length % 4)) % 4)));
                var parts = raw.Split('|');
                return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && Guid.TryParse(parts[1], out var id)
                    ? new Cursor(v, id)
                    : throw new BusinessException(ErrorCodes.Validation, "Invalid cursor.") { Field = "cursor" };
            }
            catch (FormatException)
            {
                throw new BusinessException(ErrorCodes.Validation, "Invalid cursor.") { Field = "cursor" };
            }
        }

        public static string Format(long value, Guid id) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{value}|{id}")))
                .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
