using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>
/// "My participation": the person's ideas and drafts, votes and follows in every city. It reads past
/// the city filter on purpose, and only ever rows that belong to the signed-in person.
/// </summary>
public sealed class MyParticipationAppService(ICoDesignDbContext db, ICurrentUser currentUser)
{
    public async Task<MyParticipationDto> GetAsync(string language, CancellationToken cancellationToken = default)
    {
        var me = currentUser.Id ?? throw new BusinessException(ErrorCodes.Unauthenticated, "Sign-in required.");
        var ideas = db.Ideas.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking();
        var cities = await db.Cities.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);

        var mine = await ideas.Where(i => i.AuthorId == me).OrderByDescending(i => i.LastActivityAt)
            .Select(i => new { i.Id, i.TenantId, i.Title, i.Status, i.VoteCount, At = i.LastActivityAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var voted = await (from v in db.Votes.IgnoreQueryFilters([TenantFilter.Name])
                           join i in ideas on v.IdeaId equals i.Id
                           where v.VoterId == me
                           orderby v.CreatedAt descending
                           select new { i.Id, i.TenantId, i.Title, i.Status, i.VoteCount, At = v.CreatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var followed = await (from f in db.IdeaFollowers.IgnoreQueryFilters([TenantFilter.Name])
                              join i in ideas on f.IdeaId equals i.Id
                              where f.UserId == me
                              orderby f.CreatedAt descending
                              select new { i.Id, i.TenantId, i.Title, i.Status, i.VoteCount, At = f.CreatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);

        MyIdeaDto Map(Guid id, Guid tenant, string title, Domain.Ideas.IdeaStatus status, int votes, DateTime at) =>
            new(id, cities[tenant].Slug, cities[tenant].Name(language), title, status.ToString(), votes, at);

        return new MyParticipationDto(
            mine.Select(x => Map(x.Id, x.TenantId, x.Title, x.Status, x.VoteCount, x.At)).ToList(),
            voted.Select(x => Map(x.Id, x.TenantId, x.Title, x.Status, x.VoteCount, x.At)).ToList(),
            followed.Select(x => Map(x.Id, x.TenantId, x.Title, x.Status, x.VoteCount, x.At)).ToList());
    }
}
