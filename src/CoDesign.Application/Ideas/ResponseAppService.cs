using CoDesign.Application.Notifications;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>
/// Officials answer ideas publicly: every status change carries a response, "not pursued" needs a
/// reason, and corrections keep the earlier wording on record.
/// </summary>
public sealed class ResponseAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentUser currentUser, NotificationPublisher notifications, TimeProvider clock)
{
    public async Task<Guid> RespondAsync(Guid ideaId, ResponseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.ResponsesManage, cancellationToken).ConfigureAwait(false);
        var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Idea");
        if (!Enum.TryParse<IdeaStatus>(input.Status, ignoreCase: true, out var to) || !Enum.IsDefined(to))
        {
            throw new BusinessException(ErrorCodes.Validation, "Unknown status.") { Field = "Status" };
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var response = idea.Respond(currentUser.Id!.Value, to, input.TextFi, input.TextSv, input.TextEn, now);
        db.IdeaResponses.Add(response);

        // The author, voters and followers hear of it: notifications (and the mail of those who want
        // it at once) are saved with the response, so neither exists without the other.
        var voters = db.Votes.Where(v => v.IdeaId == ideaId).Select(v => v.VoterId);
        var followers = db.IdeaFollowers.Where(f => f.IdeaId == ideaId).Select(f => f.UserId);
        var recipients = await voters.Union(followers).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (idea.AuthorId is { } author)
        {
            recipients.Add(author);
        }

        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == idea.TenantId, cancellationToken).ConfigureAwait(false);
        var facts = new NoticeFacts(NotificationKinds.Response, city.Slug, new LocalizedText(city.NameFi, city.NameSv, city.NameEn), idea.Id, idea.Title,
            Status: to.ToString(), Excerpt: new LocalizedText(input.TextFi, input.TextSv, input.TextEn));
        await notifications.PublishAsync(facts, idea.TenantId, response.Id, recipients.Where(u => u != currentUser.Id), now, cancellationToken).ConfigureAwait(false);

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return response.Id;
    }

    public async Task CorrectAsync(Guid ideaId, Guid responseId, ResponseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.ResponsesManage, cancellationToken).ConfigureAwait(false);
        var response = await db.IdeaResponses.FirstOrDefaultAsync(r => r.Id == responseId && r.IdeaId == ideaId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Response");
        db.IdeaResponseRevisions.Add(response.Correct(currentUser.Id!.Value, input.TextFi, input.TextSv, input.TextEn, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The responses of an idea, oldest first, for its timeline.</summary>
    public async Task<IReadOnlyList<ResponseDto>> TimelineAsync(Guid ideaId, string language, CancellationToken cancellationToken = default)
    {
        var responses = await db.IdeaResponses.AsNoTracking().Where(r => r.IdeaId == ideaId).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (responses.Count == 0)
        {
            // As for the idea itself: another city's (or an unpublished) idea is not found, not an empty timeline.
            var me = currentUser.Id;
            var idea = await db.Ideas.AsNoTracking().Where(i => i.Id == ideaId).Select(i => new { i.Status, i.AuthorId }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return idea is not null && (Tenancy.CityAppService.PublicIdeaStatuses.Contains(idea.Status) || idea.Status == IdeaStatus.Hidden || (idea.AuthorId == me && me is not null))
                ? []
                : throw new EntityNotFoundException("Idea");
        }

        var ids = responses.Select(r => r.Id).ToList();
        var revisions = await db.IdeaResponseRevisions.AsNoTracking().Where(r => ids.Contains(r.ResponseId)).OrderBy(r => r.CorrectedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var officials = responses.Select(r => r.OfficialId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => officials.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken).ConfigureAwait(false);
        return responses.Select(r =>
        {
            var (text, lang) = r.TextFor(language);
            var earlier = revisions.Where(v => v.ResponseId == r.Id).Select(v =>
            {
                var old = PickText(v.TextFi, v.TextSv, v.TextEn, language);
                return new ResponseRevisionDto(old.Text, old.Language, v.CorrectedAt);
            }).ToList();
            return new ResponseDto(r.Id, r.FromStatus.ToString(), r.ToStatus.ToString(), text, lang, names.GetValueOrDefault(r.OfficialId, string.Empty), r.CreatedAt, r.CorrectedAt, r.TextFi, r.TextSv, r.TextEn, earlier);
        }).ToList();
    }

    private static (string Text, string Language) PickText(string? fi, string? sv, string? en, string language) => language switch
    {
        "sv" when sv is not null => (sv, "sv"),
        "en" when en is not null => (en, "en"),
        _ when fi is not null => (fi, "fi"),
        _ when sv is not null => (sv, "sv"),
        _ => (en ?? string.Empty, "en"),
    };
}
