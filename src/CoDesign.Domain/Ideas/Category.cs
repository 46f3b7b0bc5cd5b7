using CoDesign.Domain.Entities;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Ideas;

/// <summary>A city's own category; it maps to one shared theme.</summary>
public class Category : Entity, IMultiTenant
{
    public const int MaxKeyLength = 60;
    public const int MaxNameLength = 100;

    protected Category()
    {
        Key = string.Empty;
        NameFi = string.Empty;
        NameSv = string.Empty;
        NameEn = string.Empty;
    }

    public Category(Guid id, Guid tenantId, string key, Guid themeId, string nameFi, string nameSv, string nameEn, int sortOrder)
        : base(id)
    {
        TenantId = tenantId;
        Key = key;
        ThemeId = themeId;
        NameFi = nameFi;
        NameSv = nameSv;
        NameEn = nameEn;
        SortOrder = sortOrder;
    }

    public Guid TenantId { get; protected set; }

    public string Key { get; protected set; }

    public Guid ThemeId { get; protected set; }

    public string NameFi { get; protected set; }

    public string NameSv { get; protected set; }

    public string NameEn { get; protected set; }

    public int SortOrder { get; protected set; }

    public void Update(Guid themeId, string nameFi, string nameSv, string nameEn)
    {
        static string Guard(string value, string field) =>
            !string.IsNullOrWhiteSpace(value) && value.Trim().Length <= MaxNameLength
                ? value.Trim()
                : throw new Errors.BusinessException(Errors.ErrorCodes.Validation, "Category names must be 1–100 characters.") { Field = field };
        var (fi, sv, en) = (Guard(nameFi, nameof(NameFi)), Guard(nameSv, nameof(NameSv)), Guard(nameEn, nameof(NameEn)));
        (ThemeId, NameFi, NameSv, NameEn) = (themeId, fi, sv, en);
    }

    public string Name(string language) => language switch
    {
        "sv" => NameSv,
        "en" => NameEn,
        _ => NameFi,
    };
}
