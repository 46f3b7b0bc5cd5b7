using CoDesign.Application.Ideas;
using CoDesign.Application.Localization;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Processes;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Processes;

/// <summary>
/// The city's processes for everyone: published ones, with their timeline and what can be done
/// now; staff who manage processes also see drafts. Another city's process is a 404 (query filter).
/// </summary>
public sealed class ProcessAppService(ICoDesignDbContext db, IPermissionChecker permissions, TimeProvider clock)
{
    public const int IdeasShown = 30;

    public async Task<IReadOnlyList<ProcessListItemDto>> ListAsync(ProcessQuery query, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var staff = await permissions.IsGrantedAsync(CoDesignPermissions.ProcessesManage, cancellationToken).ConfigureAwait(false);
        var processes = db.Processes.AsNoTracking().Include(p => p.Phases).AsQueryable();
        if (!staff)
        {
            processes = processes.Where(p => p.IsPublished);
        }

        var list = await processes.OrderByDescending(p => p.CreatedAt).Take(200).ToListAsync(cancellationToken).ConfigureAwait(false);
        var categories = await CategoriesAsync(language, cancellationToken).ConfigureAwait(false);
        var ids = list.Select(p => p.Id).ToList();
        var counts = await db.Ideas.AsNoTracking().Where(i => i.ProcessId != null && ids.Contains(i.ProcessId.Value) && PublicStatuses.Contains(i.Status))
            .GroupBy(i => i.ProcessId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = list.Select(p =>
        {
            (string Name, string ThemeKey)? category = p.CategoryId is { } c && categories.TryGetValue(c, out var found) ? found : null;
            var phases = Phases(p, now);
            var timeline = p.Timeline;
            return new ProcessListItemDto(p.Id, p.Title(language), Pick(language, p.QuestionFi, p.QuestionSv, p.QuestionEn), StateOf(p, now),
                category?.Name, category?.ThemeKey, p.DistrictList, phases.FirstOrDefault(x => x.IsCurrent), NextOf(phases, now),
                timeline.Count > 0 ? timeline.Min(x => x.StartsAt) : null, timeline.Count > 0 ? timeline.Max(x => x.EndsAt) : null,
                counts.GetValueOrDefault(p.Id), p.IsPublished);
        });
        if (!string.IsNullOrWhiteSpace(query.State))
        {
            items = items.Where(i => i.State == query.State);
        }

        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            items = items.Where(i => i.ThemeKey == query.Theme);
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            items = items.Where(i => i.Districts.Count == 0 || i.Districts.Contains(query.District.Trim(), StringComparer.OrdinalIgnoreCase));
        }

        // Open first (ending soonest), then upcoming (starting soonest), then past (latest first), drafts last.
        return items.OrderBy(i => StateRank(i.State))
            .ThenBy(i => i.State switch
            {
                "open" => (i.Current?.EndsAt ?? i.Next?.StartsAt ?? DateTime.MaxValue).Ticks,
                "upcoming" => (i.StartsAt ?? DateTime.MaxValue).Ticks,
                _ => -(i.EndsAt ?? DateTime.MinValue).Ticks,
            })
            .ToList();
    }

    public async Task<ProcessDetailDto> GetAsync(Guid id, string language, CancellationToken cancellationToken = default)
    {
        var process = await db.Processes.AsNoTracking().Include(p => p.Phases).FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Process");
        if (!process.IsPublished && !await permissions.IsGrantedAsync(CoDesignPermissions.ProcessesManage, cancellationToken).ConfigureAwait(false))
        {
            // A draft is the staff's; to anyone else it does not exist.
            throw new EntityNotFoundException("Process");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var categories = await CategoriesAsync(language, cancellationToken).ConfigureAwait(false);
        (string Name, string ThemeKey)? category = process.CategoryId is { } c && categories.TryGetValue(c, out var found) ? found : null;
        var ideas = db.Ideas.AsNoTracking().Where(i => i.ProcessId == id && PublicStatuses.Contains(i.Status));
        var count = await ideas.CountAsync(cancellationToken).ConfigureAwait(false);
        var top = await ideas.OrderByDescending(i => i.VoteCount).ThenByDescending(i => i.PublishedAt).Take(IdeasShown)
            .Select(i => new ProcessIdeaDto(i.Id, i.Title, i.Status.ToString(), i.VoteCount, i.CommentCount, i.District))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var phases = Phases(process, now);
        return new ProcessDetailDto(process.Id, process.Title(language), Pick(language, process.QuestionFi, process.QuestionSv, process.QuestionEn),
            SafeMarkdown.ToHtml(Pick(language, process.DescriptionFi, process.DescriptionSv, process.DescriptionEn)), StateOf(process, now),
            category?.Name, category?.ThemeKey, process.DistrictList, process.IsPublished, phases, phases.FirstOrDefault(p => p.IsCurrent), NextOf(phases, now), count, top);
    }

    /// <summary>The statuses in which an idea is public.</summary>
    internal static readonly IdeaStatus[] PublicStatuses =
        [IdeaStatus.Published, IdeaStatus.UnderReview, IdeaStatus.Accepted, IdeaStatus.InProgress, IdeaStatus.Implemented, IdeaStatus.NotPursued];

    internal static IReadOnlyList<PhaseDto> Phases(Process process, DateTime now) =>
        process.Timeline.Select(p => new PhaseDto(p.Id, p.Kind.ToString(), p.StartsAt, p.EndsAt, p.SortOrder, p.IsInForceAt(now), p.EndsAt <= now)).ToList();

    /// <summary>open (a phase in force), upcoming (before the first), past (after the last), between (a gap), draft.</summary>
    internal static string StateOf(Process process, DateTime now)
    {
        var timeline = process.Timeline;
        return !process.IsPublished ? "draft"
            : timeline.Count == 0 ? "upcoming"
            : timeline.Any(p => p.IsInForceAt(now)) ? "open"
            : now < timeline.Min(p => p.StartsAt) ? "upcoming"
            : now >= timeline.Max(p => p.EndsAt) ? "past"
            : "open";
    }

    private static PhaseDto? NextOf(IReadOnlyList<PhaseDto> phases, DateTime now) => phases.Where(p => p.StartsAt > now).OrderBy(p => p.StartsAt).FirstOrDefault();

    private static int StateRank(string state) => state switch { "open" => 0, "upcoming" => 1, "past" => 2, _ => 3 };

    private static string Pick(string language, string fi, string sv, string en) => Languages.Pick(language, fi, sv, en);

    private async Task<Dictionary<Guid, (string Name, string ThemeKey)>> CategoriesAsync(string language, CancellationToken cancellationToken)
    {
        var rows = await (from c in db.Categories.AsNoTracking()
                          join t in db.Themes.AsNoTracking() on c.ThemeId equals t.Id
                          select new { c.Id, c.NameFi, c.NameSv, c.NameEn, t.Key }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => (Pick(language, r.NameFi, r.NameSv, r.NameEn), r.Key));
    }
}
