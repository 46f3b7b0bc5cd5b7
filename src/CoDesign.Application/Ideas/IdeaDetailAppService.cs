using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Application.Tenancy;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>
/// One idea as its page shows it: body, place, counts, one page of its discussion, and the viewer's
/// own state. The discussion is paged by thread (a top-level comment with all its replies): page 1
/// holds the latest <see cref="ThreadsPerPage"/> threads, page 2 the ones before them, and so on;
/// within a page, threads and replies read oldest first, so the newest thread sits just above the
/// comment form. A popular idea's page thus stays the same size however long its discussion grows.
/// </summary>
public sealed class IdeaDetailAppService(ICoDesignDbContext db, ICurrentUser currentUser, ICurrentTenant currentTenant, TimeProvider clock)
{
    /// <summary>Threads (top-level comments with their replies) on one page of an idea's discussion.</summary>
    public const int ThreadsPerPage = 30;

    /// <summary>The highest discussion page number asked for before it is read as "the oldest page".</summary>
    public const int MaxCommentPage = 100_000;

    public Task<IdeaDetailDto> GetAsync(Guid id, string language, CancellationToken cancellationToken = default) =>
        GetAsync(id, language, 1, cancellationToken);

    /// <param name="commentPage">1 for the latest threads, 2 for the ones before them; beyond the oldest page it shows the oldest.</param>
    public async Task<IdeaDetailDto> GetAsync(Guid id, string language, int commentPage, CancellationToken cancellationToken = default)
    {
        var cityId = currentTenant.Id ?? throw new EntityNotFoundException("City");
        var idea = await db.Ideas.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        var me = currentUser.Id;
        if (idea is null || !(CityAppService.PublicIdeaStatuses.Contains(idea.Status) || idea.Status == IdeaStatus.Hidden || (idea.AuthorId == me && me is not null)))
        {
            throw new EntityNotFoundException("Idea");
        }

        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == cityId, cancellationToken).ConfigureAwait(false);
        var category = await (from c in db.Categories.AsNoTracking()
                              join t in db.Themes.AsNoTracking() on c.ThemeId equals t.Id
                              where c.Id == idea.CategoryId
                              select new { c.NameFi, c.NameSv, c.NameEn, ThemeFi = t.NameFi, ThemeSv = t.NameSv, ThemeEn = t.NameEn })
            .FirstAsync(cancellationToken).ConfigureAwait(false);
        // A hidden idea shows the notice and the public reason, never its content or discussion.
        var hidden = idea.Status == IdeaStatus.Hidden || idea.ProvisionallyHidden;
        var threadCount = hidden ? 0 : await db.Comments.CountAsync(c => c.IdeaId == id && c.ParentId == null, cancellationToken).ConfigureAwait(false);
        var pageCount = Math.Max(1, (threadCount + ThreadsPerPage - 1) / ThreadsPerPage);
        var page = Math.Clamp(commentPage, 1, pageCount);
        var threads = threadCount == 0 ? [] : await db.Comments.AsNoTracking().Where(c => c.IdeaId == id && c.ParentId == null)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * ThreadsPerPage).Take(ThreadsPerPage)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        threads.Reverse();
        var threadIds = threads.Select(c => c.Id).ToList();
        var replyRows = threadIds.Count == 0 ? [] : await db.Comments.AsNoTracking()
            .Where(c => c.IdeaId == id && threadIds.Contains(c.ParentId!.Value))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var people = threads.Concat(replyRows).Select(c => c.AuthorId).Append(idea.AuthorId ?? Guid.Empty).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken).ConfigureAwait(false);
        var organisation = idea.OrganisationId is { } orgId
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var followers = await db.IdeaFollowers.CountAsync(f => f.IdeaId == id, cancellationToken).ConfigureAwait(false);
        var hasVoted = me is not null && await db.Votes.AnyAsync(v => v.IdeaId == id && v.VoterId == me, cancellationToken).ConfigureAwait(false);
        var following = me is not null && await db.IdeaFollowers.AnyAsync(f => f.IdeaId == id && f.UserId == me, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var lang = Languages.Normalize(language);

        CommentDto ToDto(Comment c, IReadOnlyList<CommentDto> replies) => new(
            c.Id,
            c.ParentId,
            c.IsDeleted ? string.Empty : names.GetValueOrDefault(c.AuthorId, string.Empty),
            c.IsOfficial,
            c.IsDeleted || c.IsHidden ? string.Empty : c.Body,
            c.CreatedAt,
            c.EditedAt,
            c.IsDeleted,
            me is { } m && c.CanBeEditedBy(m, now),
            me is { } m2 && c.AuthorId == m2 && !c.IsDeleted,
            replies,
            c.IsHidden,
            c.HiddenReason);

        var replies = replyRows.ToLookup(c => c.ParentId!.Value);
        var tree = threads
            .Select(c => ToDto(c, replies[c.Id].Select(r => ToDto(r, [])).ToList()))
            .ToList();

        return new IdeaDetailDto(
            idea.Id,
            hidden ? string.Empty : idea.Title,
            hidden ? string.Empty : SafeMarkdown.ToHtml(idea.Body),
            idea.Language,
            idea.CategoryId,
            Languages.Pick(lang, category.NameFi, category.NameSv, category.NameEn),
            Languages.Pick(lang, category.ThemeFi, category.ThemeSv, category.ThemeEn),
            idea.Status.ToString(),
            idea.District,
            idea.Latitude,
            idea.Longitude,
            idea.AuthorId is { } a ? names.GetValueOrDefault(a, string.Empty) : string.Empty,
            organisation,
            idea.Channel.ToString(),
            idea.VoteCount,
            idea.CommentCount,
            followers,
            idea.PublishedAt ?? idea.CreatedAt,
            idea.ThresholdReachedAt,
            idea.ResponseDueAt,
            city.IsVotingOpenAt(now),
            idea.IsOpenForVoting,
            hasVoted,
            following,
            tree,
            hidden,
            idea.ProvisionallyHidden && idea.Status != IdeaStatus.Hidden,
            idea.HiddenReason,
            page,
            pageCount,
            threadCount);
    }
}
