using CoDesign.Domain.Ideas;

namespace CoDesign.Application.Ideas;

/// <summary>
/// Narrows ideas to those matching a search text. Implemented per database (PostgreSQL adds its
/// Finnish and Swedish text search to the shared inflection-tolerant keys).
/// </summary>
public interface IIdeaTextSearch
{
    IQueryable<Idea> Matching(IQueryable<Idea> ideas, string search);
}
