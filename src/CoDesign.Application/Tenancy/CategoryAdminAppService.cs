using System.Text.RegularExpressions;
using CoDesign.Application.Localization;
using CoDesign.Application.Moderation;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Moderation;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Tenancy;

/// <summary>City admins keep their own category names; each category maps to one shared theme.</summary>
public sealed partial class CategoryAdminAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentTenant currentTenant, AuditLog audit)
{
    public async Task<(IReadOnlyList<CategoryAdminDto> Categories, IReadOnlyList<ThemeOptionDto> Themes)> ListAsync(string language, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.SettingsManage, cancellationToken).ConfigureAwait(false);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = await db.Ideas.AsNoTracking().GroupBy(i => i.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken).ConfigureAwait(false);
        var keys = themes.ToDictionary(t => t.Id, t => t.Key);
        return (
            categories.Select(c => new CategoryAdminDto(c.Id, c.Key, keys[c.ThemeId], c.NameFi, c.NameSv, c.NameEn, counts.GetValueOrDefault(c.Id))).ToList(),
            themes.Select(t => new ThemeOptionDto(t.Key, Languages.Pick(language, t.NameFi, t.NameSv, t.NameEn))).ToList());
    }

    public async Task<Guid> AddAsync(CategoryInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.SettingsManage, cancellationToken).ConfigureAwait(false);
        var key = (input.Key ?? string.Empty).Trim().ToLowerInvariant();
        if (!KeyRegex().IsMatch(key))
        {
            throw new BusinessException(ErrorCodes.Validation, "The key may contain a–z, 0–9 and hyphens.") { Field = "Key" };
        }

        if (await db.Categories.AnyAsync(c => c.Key == key, cancellationToken).ConfigureAwait(false))
        {
            throw new BusinessException(ErrorCodes.CategoryKeyTaken, "The key is in use.") { Field = "Key" };
        }

        var theme = await ThemeAsync(input.ThemeKey, cancellationToken).ConfigureAwait(false);
        var sort = await db.Categories.CountAsync(cancellationToken).ConfigureAwait(false) + 1;
        var category = new Category(Guid.CreateVersion7(), currentTenant.Id!.Value, key, theme, input.NameFi ?? string.Empty, input.NameSv ?? string.Empty, input.NameEn ?? string.Empty, sort);

        // Update validates the names (trimmed, 1–100 characters) before anything is saved.
        category.Update(theme, input.NameFi ?? string.Empty, input.NameSv ?? string.Empty, input.NameEn ?? string.Empty);
        db.Categories.Add(category);
        audit.Record(AuditActions.CategoryAdded, "Category", category.Id, $"{key} → {input.ThemeKey}: {category.NameFi} / {category.NameSv} / {category.NameEn}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return category.Id;
    }

    public async Task UpdateAsync(Guid id, CategoryInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.SettingsManage, cancellationToken).ConfigureAwait(false);
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("Category");
        var theme = await ThemeAsync(input.ThemeKey, cancellationToken).ConfigureAwait(false);
        category.Update(theme, input.NameFi ?? string.Empty, input.NameSv ?? string.Empty, input.NameEn ?? string.Empty);
        audit.Record(AuditActions.CategoryUpdated, "Category", category.Id, $"{category.Key} → {input.ThemeKey}: {category.NameFi} / {category.NameSv} / {category.NameEn}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Guid> ThemeAsync(string? key, CancellationToken cancellationToken) =>
        await db.Themes.Where(t => t.Key == key).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
        ?? throw new BusinessException(ErrorCodes.Validation, "Choose a shared theme.") { Field = "ThemeKey" };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$")]
    private static partial Regex KeyRegex();
}
