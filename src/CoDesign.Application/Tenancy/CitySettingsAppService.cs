using CoDesign.Application.Notifications;
using System.Globalization;
using CoDesign.Application.Moderation;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Moderation;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Tenancy;

/// <summary>A city admin's settings: voting phase and cap, threshold and deadline, moderation, languages, digest time.</summary>
public sealed class CitySettingsAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentTenant currentTenant, AuditLog audit, IJobScheduler scheduler)
{
    public async Task<CitySettingsDto> GetAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.SettingsManage, cancellationToken).ConfigureAwait(false);
        var city = await CityAsync(tracking: false, cancellationToken).ConfigureAwait(false);
        return ToDto(city);
    }

    public async Task UpdateAsync(CitySettingsDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.SettingsManage, cancellationToken).ConfigureAwait(false);
        var city = await CityAsync(tracking: true, cancellationToken).ConfigureAwait(false);
        var before = Describe(ToDto(city));
        if (!Enum.TryParse<ModerationMode>(input.ModerationMode, out var mode) || !Enum.IsDefined(mode))
        {
            throw new BusinessException(ErrorCodes.Validation, "Unknown moderation mode.") { Field = nameof(CitySettingsDto.ModerationMode) };
        }

        city.SetVoting(input.VotingOpen, input.VotingStartsAt, input.VotingEndsAt, input.ActiveVoteCap);
        city.SetAccountability(input.SupportThreshold, input.ResponseDays);
        city.SetModeration(mode, input.ReportsToHide);
        city.SetLanguages(input.Languages);
        city.SetDigestTime(input.DigestHour, input.DigestMinute);
        var after = Describe(ToDto(city));
        if (after != before)
        {
            audit.Record(AuditActions.SettingsUpdated, "City", city.Id, $"{before} → {after}");
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // The digest follows the new time at once; should the scheduler be unreachable now, the
        // periodic schedule sync applies the saved setting a few minutes later.
        await scheduler.ScheduleCityDigestAsync(city.Id, city.Slug, city.DigestCron, cancellationToken).ConfigureAwait(false);
    }

    private async Task<City> CityAsync(bool tracking, CancellationToken cancellationToken)
    {
        var cityId = currentTenant.Id ?? throw new EntityNotFoundException("City");
        var query = tracking ? db.Cities : db.Cities.AsNoTracking();
        return await query.FirstAsync(c => c.Id == cityId, cancellationToken).ConfigureAwait(false);
    }

    private static CitySettingsDto ToDto(City c) => new(
        c.VotingOpen, c.VotingStartsAt, c.VotingEndsAt, c.ActiveVoteCap, c.SupportThreshold, c.ResponseDays,
        c.ModerationMode.ToString(), c.ReportsToHide, c.Languages.Split(','), c.DigestTime.Hour, c.DigestTime.Minute);

    private static string Describe(CitySettingsDto s) => string.Create(
        CultureInfo.InvariantCulture,
        $"voting={(s.VotingOpen ? "open" : "closed")} {s.VotingStartsAt:yyyy-MM-dd}–{s.VotingEndsAt:yyyy-MM-dd} cap={s.ActiveVoteCap?.ToString(CultureInfo.InvariantCulture) ?? "none"} threshold={s.SupportThreshold} days={s.ResponseDays} moderation={s.ModerationMode} reports={s.ReportsToHide} languages={string.Join('/', s.Languages)} digest={s.DigestHour:00}:{s.DigestMinute:00}");
}
