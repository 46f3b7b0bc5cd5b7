using CoDesign.Application.Notifications;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Tenancy;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Tenancy;
using CoDesign.Domain.Processes;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>
/// Writing an idea: drafts that can be finished later, and submission, which publishes at once
/// (post-moderation) or places the idea in the moderation queue (pre-moderation). An idea can be
/// submitted on behalf of an organisation only by its members.
/// </summary>
public sealed class IdeaSubmissionAppService(
    ICoDesignDbContext db,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    CityAppService cities,
    ModerationNotices moderationNotices,
    TimeProvider clock)
{
    public async Task<IdeaFormDto> GetFormAsync(string language, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.IdeasSubmit, cancellationToken).ConfigureAwait(false);
        var me = currentUser.Id!.Value;
        var city = await CurrentCityAsync(cancellationToken).ConfigureAwait(false);
        var organisations = await (from m in db.OrganisationMembers.AsNoTracking()
                                   join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
                                   where m.UserId == me
                                   orderby o.Name
                                   select new OrganisationOptionDto(o.Id, o.Name, o.Kind.ToString())).ToListAsync(cancellationToken).ConfigureAwait(false);
        var drafts = await db.Ideas.AsNoTracking().Where(i => i.AuthorId == me && i.Status == IdeaStatus.Draft)
            .OrderByDescending(i => i.LastActivityAt)
            .Select(i => new DraftDto(i.Id, i.Title, i.Body, i.CategoryId, i.District, i.Latitude, i.Longitude, i.Language, i.OrganisationId, i.LastActivityAt, i.ProcessId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new IdeaFormDto(await cities.GetCategoriesAsync(language, cancellationToken).ConfigureAwait(false), organisations, drafts, city.ModerationMode == ModerationMode.PreModeration);
    }

    public async Task<SubmissionResultDto> SaveDraftAsync(Guid? draftId, IdeaInput input, CancellationToken cancellationToken = default)
    {
        var idea = await BuildAsync(draftId, input, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SubmissionResultDto(idea.Id, idea.Status.ToString());
    }

    public async Task<SubmissionResultDto> SubmitAsync(Guid? draftId, IdeaInput input, CancellationToken cancellationToken = default)
    {
        var idea = await BuildAsync(draftId, input, cancellationToken).ConfigureAwait(false);
        var city = await CurrentCityAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        if (idea.ProcessId is { } processId)
        {
            // Ideas go into a process only while its ideas phase is in force (a draft may wait for it).
            var process = await db.Processes.AsNoTracking().Include(p => p.Phases).FirstAsync(p => p.Id == processId, cancellationToken).ConfigureAwait(false);
            process.EnsureOpenFor(PhaseKind.Ideas, now);
        }

        if (city.ModerationMode == ModerationMode.PreModeration)
        {
            idea.SubmitForModeration(now);
            await moderationNotices.AddAsync(city, idea.Id, idea.Title, idea.Id, now, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            idea.Publish(now);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new SubmissionResultDto(idea.Id, idea.Status.ToString());
    }

    private async Task<Idea> BuildAsync(Guid? draftId, IdeaInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.IdeasSubmit, cancellationToken).ConfigureAwait(false);
        var me = currentUser.Id!.Value;
        var city = await CurrentCityAsync(cancellationToken).ConfigureAwait(false);
        var categoryId = input.CategoryId ?? throw new BusinessException(ErrorCodes.Validation, "A category is required.") { Field = nameof(IdeaInput.CategoryId) };
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == categoryId, cancellationToken).ConfigureAwait(false)
            ?? throw new BusinessException(ErrorCodes.Validation, "Unknown category.") { Field = nameof(IdeaInput.CategoryId) };
        if (input.OrganisationId is { } orgId && !await db.OrganisationMembers.AnyAsync(m => m.OrganisationId == orgId && m.UserId == me, cancellationToken).ConfigureAwait(false))
        {
            throw new BusinessException(ErrorCodes.OrganisationNotMember, "Not a member of that organisation.") { Field = nameof(IdeaInput.OrganisationId) };
        }

        var language = input.Language is "fi" or "sv" or "en" ? input.Language : "fi";
        var now = clock.GetUtcNow().UtcDateTime;
        Idea idea;
        if (draftId is { } id)
        {
            idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == id && i.AuthorId == me, cancellationToken).ConfigureAwait(false)
                ?? throw new EntityNotFoundException("Idea");
            if (idea.Status != IdeaStatus.Draft)
            {
                throw new BusinessException(ErrorCodes.IdeaNotEditable, "Only drafts can be changed here.");
            }

            idea.Edit(input.Title ?? string.Empty, input.Body ?? string.Empty, category.Id, now);
            idea.SetOrganisation(input.OrganisationId);
        }
        else
        {
            idea = IdeaManager.CreateIdea(city, category, input.Title ?? string.Empty, input.Body ?? string.Empty, language, me, input.OrganisationId, ParticipationChannel.Online, now);
            db.Ideas.Add(idea);
        }

        idea.SetPlace(input.District, input.Latitude, input.Longitude);
        Process? process = null;
        if (input.ProcessId is { } processId)
        {
            process = await db.Processes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == processId && p.IsPublished, cancellationToken).ConfigureAwait(false)
                ?? throw new BusinessException(ErrorCodes.Validation, "Unknown process.") { Field = nameof(IdeaInput.ProcessId) };
        }

        idea.SetProcess(process);
        return idea;
    }

    private async Task<City> CurrentCityAsync(CancellationToken cancellationToken)
    {
        var cityId = currentTenant.Id ?? throw new EntityNotFoundException("City");
        return await db.Cities.AsNoTracking().FirstAsync(c => c.Id == cityId, cancellationToken).ConfigureAwait(false);
    }
}
