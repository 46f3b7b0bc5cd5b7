namespace CoDesign.Application.Localization;

/// <summary>Every user-facing string in Finnish, Swedish and English, keyed by a stable name.</summary>
public interface ITextCatalog
{
    IReadOnlyCollection<string> Keys { get; }

    bool Contains(string key);

    /// <summary>The text in <paramref name="language"/>; the key itself when it is missing, so a gap is visible.</summary>
    string Text(string key, string language);
}
