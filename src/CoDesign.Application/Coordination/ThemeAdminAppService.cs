using System.Text.RegularExpressions;
using CoDesign.Application.Localization;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Coordination;
using CoDesign.Domain.Errors;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Coordination;

/// <summary>
/// Coordinators keep the shared theme taxonomy: add, rename and reorder themes. A theme's key never
/// changes (addresses, the API and open data use it), and a theme that a city category maps to
/// cannot be removed: the city would first have to move its category to another theme.
/// </summary>
public sealed partial class ThemeAdminAppService(ICoDesignDbContext db, CrossCityReader reader, IPermissionChecker permissions)
{
    public async Task<IReadOnlyList<ThemeAdminDto>> ListAsync(string language, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.ThemesManage, cancellationToken).ConfigureAwait(false);
        var usage = await reader.Categories().GroupBy(c => c.ThemeId)
            .Select(g => new { g.Key, Categories = g.Count(), Cities = g.Select(c => c.TenantId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, cancellationToken).ConfigureAwait(false);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
        return themes.Select(t =>
        {
            usage.TryGetValue(t.Id, out var u);
            return new ThemeAdminDto(t.Key, Languages.Pick(language, t.NameFi, t.NameSv, t.NameEn), t.NameFi, t.NameSv, t.NameEn, t.SortOrder, u?.Categories ?? 0, u?.Cities ?? 0);
        }).ToList();
    }

    public async Task<string> AddAsync(ThemeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.ThemesManage, cancellationToken).ConfigureAwait(false);
        var key = (input.Key ?? string.Empty).Trim().ToLowerInvariant();
        if (!KeyRegex().IsMatch(key))
        {
            throw new BusinessException(ErrorCodes.Validation, "The key may contain a–z, 0–9 and hyphens.") { Field = "Key" };
        }

        if (await db.Themes.AnyAsync(t => t.Key == key, cancellationToken).ConfigureAwait(false))
        {
            throw new BusinessException(ErrorCodes.ThemeKeyTaken, "The key is in use.") { Field = "Key" };
        }

        var last = await db.Themes.MaxAsync(t => (int?)t.SortOrder, cancellationToken).ConfigureAwait(false) ?? 0;
        var theme = new Theme(Guid.CreateVersion7(), key, "-", "-", "-", last + 1);
        theme.Rename(input.NameFi ?? string.Empty, input.NameSv ?? string.Empty, input.NameEn ?? string.Empty);
        db.Themes.Add(theme);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return key;
    }

    public async Task RenameAsync(string key, ThemeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.ThemesManage, cancellationToken).ConfigureAwait(false);
        var theme = await FindAsync(key, cancellationToken).ConfigureAwait(false);
        theme.Rename(input.NameFi ?? string.Empty, input.NameSv ?? string.Empty, input.NameEn ?? string.Empty);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves a theme one place up (-1) or down (+1); the order is renumbered 1…n.</summary>
    public async Task MoveAsync(string key, int direction, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.ThemesManage, cancellationToken).ConfigureAwait(false);
        var themes = await db.Themes.OrderBy(t => t.SortOrder).ThenBy(t => t.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
        var index = themes.FindIndex(t => t.Key == key);
        if (index < 0)
        {
            throw new EntityNotFoundException("Theme");
        }

        var target = Math.Clamp(index + Math.Sign(direction), 0, themes.Count - 1);
        (themes[index], themes[target]) = (themes[target], themes[index]);
        for (var i = 0; i < themes.Count; i++)
        {
            themes[i].MoveTo(i + 1);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.ThemesManage, cancellationToken).ConfigureAwait(false);
        var theme = await FindAsync(key, cancellationToken).ConfigureAwait(false);
        if (await reader.Categories().AnyAsync(c => c.ThemeId == theme.Id, cancellationToken).ConfigureAwait(false))
        {
            throw new BusinessException(ErrorCodes.ThemeInUse, "City categories map to this theme.") { Field = "Key" };
        }

        db.Themes.Remove(theme);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Theme> FindAsync(string key, CancellationToken cancellationToken) =>
        await db.Themes.FirstOrDefaultAsync(t => t.Key == key, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("Theme");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$")]
    private static partial Regex KeyRegex();
}
