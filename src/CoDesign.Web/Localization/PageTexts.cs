using System.Globalization;
using CoDesign.Application.Localization;

namespace CoDesign.Web.Localization;

/// <summary>The catalog in the language of the current request, for pages (<c>@T["Key"]</c>).</summary>
public sealed class PageTexts(ITextCatalog catalog)
{
    public string Language => Languages.Current;

    public CultureInfo Culture => Languages.Culture(Language);

    public string this[string key] => catalog.Text(key, Language);

    public string Format(string key, params object?[] args) =>
        string.Format(Culture, catalog.Text(key, Language), args);

    /// <summary>The user-facing message of a business error code, in the current language.</summary>
    public string Error(string code) =>
        catalog.Contains("Error." + code) ? catalog.Text("Error." + code, Language) : catalog.Text("Error.CoDesign:Unexpected", Language);

    /// <summary>The message of a business error; an action out of a process's phase says when it can be done.</summary>
    public string Error(CoDesign.Domain.Errors.BusinessException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Application.Processes.PhaseMessages.Describe(exception, catalog, Language) ?? Error(exception.Code);
    }

    public string Date(DateTime utc) => HelsinkiTime.FormatDate(utc, Language);

    public string DateTime(DateTime utc) => HelsinkiTime.FormatDateTime(utc, Language);

    public string Number(int value) => value.ToString("N0", Culture);
}
