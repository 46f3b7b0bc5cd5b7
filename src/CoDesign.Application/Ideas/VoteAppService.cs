using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Ideas;

/// <summary>Voting and withdrawing under the city's rules: phase dates, the active-vote cap, one vote per person.</summary>
public sealed class VoteAppService(
    ICoDesignDbContext db,
    IParticipationStore store,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
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
        if (!city.IsVotingOpenAt(now))
        {
            throw new BusinessException(ErrorCodes.VotingPhaseClosed, "Voting is closed in this city.");
        }

        var request = new VoteRequest(cityId, ideaId, currentUser.Id!.Value, city.ActiveVoteCap, city.SupportThreshold, city.ResponseDays, now);
        var outcome = withdraw
            ? await store.WithdrawVoteAsync(request, cancellationToken).ConfigureAwait(false)
            : await store.CastVoteAsync(request, cancellationToken).ConfigureAwait(false);
        return new VoteStateDto(ideaId, outcome.HasVoted, outcome.VoteCount);
    }
}
