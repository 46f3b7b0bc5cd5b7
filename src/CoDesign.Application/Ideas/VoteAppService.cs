using CoDesign.Application.Notifications;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Notifications;
using CoDesign.Domain.Processes;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>Voting and withdrawing under the city's rules: phase dates, the active-vote cap, one vote per person.</summary>
public sealed class VoteAppService(
    ICoDesignDbContext db,
    IParticipationStore store,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    NotificationPublisher notifications,
    TimeProvider clock)
{
    public Task<VoteStateDto> VoteAsync(Guid ideaId, CancellationToken cancellationToken = default) =>
        ChangeAsync(ideaId, withdraw: false, cancellationToken);

    public Task<VoteStateDto> WithdrawAsync(Guid ideaId, CancellationToken cancellationToken = default) =>
        ChangeAsync(ideaId, withdraw: true, cancellationToken);

    private async Task<VoteStateDto> ChangeAsync(Guid ideaId, bool withdraw, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(CoDesignPermissions.IdeasVote, cancellationToken).ConfigureAwait(false);
        var cityId = currentTenant.Id ?? throw new EntityNotFoundException("City");
        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == cityId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;

        // An idea of a process is supported in the process's prioritise phase; the city's voting
        // window is for its open board.
        var processId = await db.Ideas.AsNoTracking().Where(i => i.Id == ideaId).Select(i => i.ProcessId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (processId is { } pid)
        {
            var process = await db.Processes.AsNoTracking().Include(p => p.Phases).FirstAsync(p => p.Id == pid, cancellationToken).ConfigureAwait(false);
            process.EnsureOpenFor(PhaseKind.Prioritise, now);
        }
        else if (!city.IsVotingOpenAt(now))
        {
            throw new BusinessException(ErrorCodes.VotingPhaseClosed, "Voting is closed in this city.");
        }

        var request = new VoteRequest(cityId, ideaId, currentUser.Id!.Value, city.ActiveVoteCap, city.SupportThreshold, city.ResponseDays, now)
        {
            OnThresholdReached = ct => NotifyOfficialsAsync(city, ideaId, now, ct),
        };
        var outcome = withdraw
            ? await store.WithdrawVoteAsync(request, cancellationToken).ConfigureAwait(false)
            : await store.CastVoteAsync(request, cancellationToken).ConfigureAwait(false);
        return new VoteStateDto(ideaId, outcome.HasVoted, outcome.VoteCount);
    }

    /// <summary>The city's officials hear that an idea now needs their answer, and by when.</summary>
    private async Task NotifyOfficialsAsync(City city, Guid ideaId, DateTime now, CancellationToken cancellationToken)
    {
        var idea = await db.Ideas.AsNoTracking().Where(i => i.Id == ideaId).Select(i => new { i.Title }).FirstAsync(cancellationToken).ConfigureAwait(false);
        var officials = await db.CityRoleAssignments.AsNoTracking().Where(r => r.Role == CityRole.Official).Select(r => r.UserId).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var facts = new NoticeFacts(NotificationKinds.ThresholdReached, city.Slug, new LocalizedText(city.NameFi, city.NameSv, city.NameEn), ideaId, idea.Title,
            Votes: city.SupportThreshold, DueAt: now.AddDays(city.ResponseDays));
        await notifications.PublishAsync(facts, city.Id, ideaId, officials, now, cancellationToken).ConfigureAwait(false);
    }
}
