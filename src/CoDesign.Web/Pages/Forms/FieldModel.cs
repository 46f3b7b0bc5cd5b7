namespace CoDesign.Web.Pages.Forms;

/// <summary>One labelled form field with its hint and error, rendered the same way on every page.</summary>
public sealed record FieldModel(
    string Name,
    string Label,
    string? Value = null,
    string Type = "text",
    string? Autocomplete = null,
    string? Hint = null,
    string? Error = null,
    bool Required = false,
    int? MaxLength = null,
    bool Multiline = false)
{
    public string Id => Name.Replace('.', '_');

    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.Where(s => s is not null)) is { Length: > 0 } s ? s : null;
}
