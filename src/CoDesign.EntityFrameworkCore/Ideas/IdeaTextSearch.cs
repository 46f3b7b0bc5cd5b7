using System.Linq.Expressions;
using CoDesign.Application.Ideas;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.EntityFrameworkCore.Ideas;

/// <summary>
/// Every search uses the shared inflection-tolerant keys (all query keys must occur), so SQLite and
/// PostgreSQL find the same things. On PostgreSQL an idea also matches through the built-in
/// Finnish and Swedish text search, which adds real stemming of whole words.
/// </summary>
public sealed class IdeaTextSearch(ResolvedConnection connection, CoDesignDbContext db) : IIdeaTextSearch
{
    public IQueryable<Idea> Matching(IQueryable<Idea> ideas, string search)
    {
        ArgumentNullException.ThrowIfNull(ideas);
        var keys = TextKeys.Keys(search);
        if (keys.Count == 0)
        {
            return ideas;
        }

        var idea = Expression.Parameter(typeof(Idea), "i");
        Expression? allKeys = null;
        foreach (var key in keys.Take(10))
        {
            var pattern = "% " + key + " %";
            Expression<Func<Idea, bool>> like = i => EF.Functions.Like(i.SearchKeys, pattern);
            var body = new ReplaceParameter(like.Parameters[0], idea).Visit(like.Body);
            allKeys = allKeys is null ? body : Expression.AndAlso(allKeys, body);
        }

        if (connection.Provider == DatabaseProvider.PostgreSql)
        {
            Expression<Func<Idea, bool>> fullText = i =>
                EF.Functions.ToTsVector("finnish", i.Title + " " + i.Body).Matches(EF.Functions.PlainToTsQuery("finnish", search))
                || EF.Functions.ToTsVector("swedish", i.Title + " " + i.Body).Matches(EF.Functions.PlainToTsQuery("swedish", search));
            allKeys = Expression.OrElse(allKeys!, new ReplaceParameter(fullText.Parameters[0], idea).Visit(fullText.Body));

            // The matches are found in a subquery, through the trigram and full-text indexes
            // (migration 20261123080000_Performance). As a filter on the list's ordered scan the
            // planner evaluated to_tsvector row by row: a word nobody had used read the whole city
            // (20 s at 200,000 ideas, docs/benchmarks.md). The tenant filter applies to both.
            var matching = db.Ideas.Where(Expression.Lambda<Func<Idea, bool>>(allKeys, idea)).Select(i => i.Id);
            return ideas.Where(i => matching.Contains(i.Id));
        }

        return ideas.Where(Expression.Lambda<Func<Idea, bool>>(allKeys!, idea));
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
