using CoDesign.Application.Persistence;
using CoDesign.Application.Users;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Notifications;

/// <summary>One kind of notification and how its owner wants to hear of it.</summary>
public sealed record PreferenceDto(string Kind, NotificationFrequency Frequency, IReadOnlyList<NotificationFrequency> Offered);

/// <summary>What an unsubscribe link stopped, and the settings that now apply.</summary>
public sealed record UnsubscribeResultDto(string Scope, IReadOnlyList<string> StoppedKinds, IReadOnlyList<PreferenceDto> Preferences);

/// <summary>
/// Mail settings per kind: from the signed-in settings page, or through the signed token of an
/// unsubscribe link (no sign-in; the token names the person, so no address is ever asked or revealed).
/// </summary>
public sealed class NotificationPreferencesAppService(ICoDesignDbContext db, ICurrentUser currentUser, IUnsubscribeTokens tokens, TimeProvider clock)
{
    public Task<IReadOnlyList<PreferenceDto>> GetMineAsync(CancellationToken cancellationToken = default) =>
        GetAsync(Me(), cancellationToken);

    public Task SaveMineAsync(IReadOnlyDictionary<string, string> choices, CancellationToken cancellationToken = default) =>
        SaveAsync(Me(), choices, cancellationToken);

    public async Task<IReadOnlyList<PreferenceDto>?> GetByTokenAsync(string? token, CancellationToken cancellationToken = default) =>
        await OwnerAsync(token, cancellationToken).ConfigureAwait(false) is { } t ? await GetAsync(t.UserId, cancellationToken).ConfigureAwait(false) : null;

    /// <returns>False when the token is not valid (nothing changed).</returns>
    public async Task<bool> SaveByTokenAsync(string? token, IReadOnlyDictionary<string, string> choices, CancellationToken cancellationToken = default)
    {
        if (await OwnerAsync(token, cancellationToken).ConfigureAwait(false) is not { } t)
        {
            return false;
        }

        await SaveAsync(t.UserId, choices, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The one-click unsubscribe (RFC 8058): stops what the token names. Null when the token is not valid.</summary>
    public async Task<UnsubscribeResultDto?> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (await OwnerAsync(token, cancellationToken).ConfigureAwait(false) is not { } t)
        {
            return null;
        }

        var current = await GetAsync(t.UserId, cancellationToken).ConfigureAwait(false);
        var stop = t.Scope switch
        {
            UnsubscribeScopes.DailyDigest => current.Where(p => p.Frequency == NotificationFrequency.Daily).Select(p => p.Kind).ToList(),
            UnsubscribeScopes.WeeklyDigest => current.Where(p => p.Frequency == NotificationFrequency.Weekly).Select(p => p.Kind).ToList(),
            _ => [t.Scope],
        };
        await SaveAsync(t.UserId, stop.ToDictionary(k => k, _ => nameof(NotificationFrequency.Never)), cancellationToken).ConfigureAwait(false);
        return new UnsubscribeResultDto(t.Scope, stop, await GetAsync(t.UserId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>What a link's token stops (to say so before the click), or null if it is not valid.</summary>
    public string? ScopeOf(string? token) => tokens.Read(token) is { } t && UnsubscribeScopes.IsValid(t.Scope) ? t.Scope : null;

    /// <summary>The frequency each person wants for <paramref name="kind"/>: their choice, or the kind's default.</summary>
    public static async Task<Dictionary<Guid, NotificationFrequency>> EffectiveAsync(ICoDesignDbContext db, IReadOnlyCollection<Guid> users, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.Kind == kind && users.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Frequency, cancellationToken).ConfigureAwait(false);
        var fallback = NotificationKinds.DefaultFrequency(kind);
        return users.Distinct().ToDictionary(u => u, u => chosen.TryGetValue(u, out var f) ? f : fallback);
    }

    /// <summary>Every person's choices for every kind, for a digest run over many people at once.</summary>
    public static async Task<Func<Guid, string, NotificationFrequency>> EffectiveAllAsync(ICoDesignDbContext db, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.NotificationPreferences.AsNoTracking().Where(p => users.Contains(p.UserId))
            .Select(p => new { p.UserId, p.Kind, p.Frequency }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var chosen = rows.ToDictionary(r => (r.UserId, r.Kind), r => r.Frequency);
        return (user, kind) => chosen.TryGetValue((user, kind), out var f) ? f : NotificationKinds.DefaultFrequency(kind);
    }

    private async Task<IReadOnlyList<PreferenceDto>> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var kinds = await RelevantKindsAsync(userId, cancellationToken).ConfigureAwait(false);
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .ToDictionaryAsync(p => p.Kind, p => p.Frequency, cancellationToken).ConfigureAwait(false);
        return kinds.Union(chosen.Keys).Where(NotificationKinds.All.Contains).OrderBy(k => NotificationKinds.All.ToList().IndexOf(k))
            .Select(k => new PreferenceDto(k, chosen.TryGetValue(k, out var f) ? f : NotificationKinds.DefaultFrequency(k), NotificationKinds.Offered(k)))
            .ToList();
    }

    private async Task SaveAsync(Guid userId, IReadOnlyDictionary<string, string> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var now = clock.GetUtcNow().UtcDateTime;
        var parsed = new Dictionary<string, NotificationFrequency>(StringComparer.Ordinal);
        foreach (var (kind, value) in choices)
        {
            if (!NotificationKinds.All.Contains(kind))
            {
                throw new BusinessException(ErrorCodes.Validation, "Unknown notification kind.") { Field = kind };
            }

            if (!Enum.TryParse<NotificationFrequency>(value, ignoreCase: true, out var frequency) || !NotificationKinds.Allows(kind, frequency) || int.TryParse(value, out _))
            {
                throw new BusinessException(ErrorCodes.Validation, "This frequency is not offered for this kind.") { Field = kind };
            }

            parsed[kind] = frequency;
        }

        var existing = await db.NotificationPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken).ConfigureAwait(false);
        foreach (var (kind, frequency) in parsed)
        {
            if (existing.TryGetValue(kind, out var row))
            {
                row.Set(frequency, now);
            }
            else
            {
                db.NotificationPreferences.Add(new NotificationPreference(Guid.CreateVersion7(now), userId, kind, frequency, now));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two saves at once (a double click, or the mail client's one-click and a person's click):
            // the unique (person, kind) index kept one row; apply the choice to it again.
            db.ChangeTracker.Clear();
            foreach (var row in await db.NotificationPreferences.Where(p => p.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (parsed.TryGetValue(row.Kind, out var f))
                {
                    row.Set(f, now);
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<string>> RelevantKindsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var kinds = new List<string> { NotificationKinds.Response, NotificationKinds.Comment };
        var roles = await db.CityRoleAssignments.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().Where(r => r.UserId == userId).Select(r => r.Role).Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (roles.Contains(CityRole.Official) || roles.Contains(CityRole.CityAdmin))
        {
            kinds.Add(NotificationKinds.ThresholdReached);
        }

        if (roles.Contains(CityRole.Moderator) || roles.Contains(CityRole.CityAdmin))
        {
            kinds.Add(NotificationKinds.AwaitingModeration);
        }

        var coordinator = await (from ur in db.UserRoles
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where ur.UserId == userId && r.Name == PlatformRoles.Coordinator
                                 select ur.UserId).AnyAsync(cancellationToken).ConfigureAwait(false);
        if (coordinator)
        {
            kinds.Add(NotificationKinds.CoordinatorSummary);
        }

        return kinds;
    }

    private async Task<UnsubscribeToken?> OwnerAsync(string? token, CancellationToken cancellationToken)
    {
        var t = tokens.Read(token);
        if (t is null || !UnsubscribeScopes.IsValid(t.Scope))
        {
            return null;
        }

        // A token of an erased account is simply not valid any more.
        return await db.Users.AnyAsync(u => u.Id == t.UserId, cancellationToken).ConfigureAwait(false) ? t : null;
    }

    private Guid Me() =>
        currentUser.Id ?? throw new BusinessException(ErrorCodes.Unauthenticated, "Sign in first.");
}
