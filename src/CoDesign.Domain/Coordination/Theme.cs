using CoDesign.Domain.Entities;

namespace CoDesign.Domain.Coordination;

/// <summary>A theme of the shared cross-city taxonomy; every city category maps to one.</summary>
public class Theme : Entity
{
    public const int MaxKeyLength = 40;
    public const int MaxNameLength = 100;

    protected Theme()
    {
        Key = string.Empty;
        NameFi = string.Empty;
        NameSv = string.Empty;
        NameEn = string.Empty;
    }

    public Theme(Guid id, string key, string nameFi, string nameSv, string nameEn, int sortOrder)
        : base(id)
    {
        Key = key;
        NameFi = nameFi;
        NameSv = nameSv;
        NameEn = nameEn;
        SortOrder = sortOrder;
    }

    public string Key { get; protected set; }

    public string NameFi { get; protected set; }

    public string NameSv { get; protected set; }

    public string NameEn { get; protected set; }

    public int SortOrder { get; protected set; }

    /// <summary>A coordinator renames the theme; the key (used in addresses and the API) never changes.</summary>
    public void Rename(string nameFi, string nameSv, string nameEn)
    {
        static string Guard(string value, string field) =>
            !string.IsNullOrWhiteSpace(value) && value.Trim().Length <= MaxNameLength
                ? value.Trim()
                : throw new Errors.BusinessException(Errors.ErrorCodes.Validation, "Theme names must be 1–100 characters.") { Field = field };
        var (fi, sv, en) = (Guard(nameFi, nameof(NameFi)), Guard(nameSv, nameof(NameSv)), Guard(nameEn, nameof(NameEn)));
        (NameFi, NameSv, NameEn) = (fi, sv, en);
    }

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;

    public string Name(string language) => language switch
    {
        "sv" => NameSv,
        "en" => NameEn,
        _ => NameFi,
    };
}
