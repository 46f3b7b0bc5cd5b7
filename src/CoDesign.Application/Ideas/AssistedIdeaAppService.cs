using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>
/// Assisted participation: at a service point, by phone, on paper or at an event, an official or
/// advisor records a resident's idea. The resident's consent must be noted; their contact address,
/// if given, is personal data that only receives updates and is never shown. The idea then takes
/// part like any other and carries its channel for statistics.
/// </summary>
public sealed class AssistedIdeaAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentUser currentUser, ICurrentTenant currentTenant, TimeProvider clock)
{
    public async Task<Guid> RecordAsync(AssistedIdeaInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.IdeasRecordAssisted, cancellationToken).ConfigureAwait(false);
        if (input.Channel == ParticipationChannel.Online || !Enum.IsDefined(input.Channel))
        {
            throw new BusinessException(ErrorCodes.Validation, "Choose the channel the idea came through.") { Field = nameof(AssistedIdeaInput.Channel) };
        }

        var cityId = currentTenant.Id ?? throw new EntityNotFoundException("City");
        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == cityId, cancellationToken).ConfigureAwait(false);
        var categoryId = input.CategoryId ?? throw new BusinessException(ErrorCodes.Validation, "A category is required.") { Field = nameof(AssistedIdeaInput.CategoryId) };
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == categoryId, cancellationToken).ConfigureAwait(false)
            ?? throw new BusinessException(ErrorCodes.Validation, "Unknown category.") { Field = nameof(AssistedIdeaInput.CategoryId) };
        var now = clock.GetUtcNow().UtcDateTime;
        var language = input.Language is "fi" or "sv" or "en" ? input.Language : "fi";
        var idea = IdeaManager.CreateIdea(city, category, input.Title ?? string.Empty, input.Body ?? string.Empty, language, null, null, input.Channel, now);
        idea.SetPlace(input.District, null, null);
        idea.MarkAssisted(currentUser.Id!.Value, input.ConsentNoted, input.ContactEmail);
        idea.Publish(now);
        db.Ideas.Add(idea);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return idea.Id;
    }
}
