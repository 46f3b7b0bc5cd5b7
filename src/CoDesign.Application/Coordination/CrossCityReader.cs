using System.Linq.Expressions;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Coordination;

/// <summary>
/// The one place where coordination, open data and "also proposed in" read past the city filter.
/// What anyone may read across cities is public already: published ideas (not hidden, not drafts,
/// not provisionally hidden), the categories they sit in and the city's official responses to them.
/// Who took part (authors, voters, commenters) is only reachable through
/// <see cref="ForCoordinatorAsync"/>, which checks the coordinator permission first and hands out
/// person ids only as an opaque key for counting distinct people, never for display.
/// </summary>
public sealed class CrossCityReader(ICoDesignDbContext db, IPermissionChecker permissions)
{
    /// <summary>Published ideas of every city.</summary>
    public IQueryable<Idea> PublishedIdeas() =>
        db.Ideas.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
            .Where(i => CityAppService.PublicIdeaStatuses.Contains(i.Status) && !i.ProvisionallyHidden);

    /// <summary>
    /// The ideas among <paramref name="ideas"/> whose stored search keys hold any of <paramref name="keys"/>
    /// (LIKE '% key %' works on every provider, see docs/adr/0006).
    /// </summary>
    public static IQueryable<Idea> WithAnyKey(IQueryable<Idea> ideas, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return ideas.Where(_ => false);
        }

        // One scan with the patterns OR-ed (a UNION of one query per key read the table once per key).
        var idea = Expression.Parameter(typeof(Idea), "i");
        Expression? any = null;
        foreach (var key in keys)
        {
            var pattern = "% " + key + " %";
            Expression<Func<Idea, bool>> like = i => EF.Functions.Like(i.SearchKeys, pattern);
            var body = new ReplaceParameter(like.Parameters[0], idea).Visit(like.Body);
            any = any is null ? body : Expression.OrElse(any, body);
        }

        return ideas.Where(Expression.Lambda<Func<Idea, bool>>(any!, idea));
    }

    /// <summary>Every city's categories (names and the shared theme each maps to).</summary>
    public IQueryable<Category> Categories() => db.Categories.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking();

    /// <summary>Official responses to published ideas, in every city.</summary>
    public IQueryable<IdeaResponse> PublishedResponses()
    {
        var ideas = PublishedIdeas();
        return db.IdeaResponses.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(r => ideas.Any(i => i.Id == r.IdeaId));
    }

    /// <summary>The coordinator's view: throws unless the current person holds <see cref="CoDesignPermissions.CoordinationView"/>.</summary>
    public async Task<CoordinatorData> ForCoordinatorAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.CoordinationView, cancellationToken).ConfigureAwait(false);
        return Unchecked();
    }

    /// <summary>
    /// The same data without a person: only for precomputing the coordination views into the
    /// per-node cache (<see cref="CoordinationAppService.WarmUpAsync"/>). What it computes is handed
    /// out only to callers who passed <see cref="ForCoordinatorAsync"/>, and it holds aggregates,
    /// never the person ids themselves.
    /// </summary>
    internal CoordinatorData ForPrecomputation() => Unchecked();

    private CoordinatorData Unchecked()
    {
        var ideas = PublishedIdeas();
        var authors = ideas.Where(i => i.AuthorId != null).Select(i => new ParticipationRow { IdeaId = i.Id, PersonId = i.AuthorId!.Value });
        var voters = db.Votes.IgnoreQueryFilters([TenantFilter.Name]).Select(v => new ParticipationRow { IdeaId = v.IdeaId, PersonId = v.VoterId });
        var commenters = db.Comments.IgnoreQueryFilters([TenantFilter.Name]).Where(c => !c.IsOfficial).Select(c => new ParticipationRow { IdeaId = c.IdeaId, PersonId = c.AuthorId });
        return new CoordinatorData(ideas, Categories(), authors.Concat(voters).Concat(commenters), HeldWorkshops());
    }

    /// <summary>Workshops of published processes that were held (not called off) and whose attendance is recorded.</summary>
    private IQueryable<WorkshopAttendanceRow> HeldWorkshops() =>
        from w in db.Workshops.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking()
        join p in db.Processes.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking() on w.ProcessId equals p.Id
        join c in Categories() on p.CategoryId equals c.Id into categories
        from c in categories.DefaultIfEmpty()
        where p.IsPublished && w.CancelledAt == null && w.AttendanceCount != null
        select new WorkshopAttendanceRow { CityId = w.TenantId, ThemeId = c == null ? null : c.ThemeId, StartsAt = w.StartsAt, Attended = w.AttendanceCount!.Value };

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
