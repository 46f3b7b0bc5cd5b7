using System.Collections.Frozen;
using System.Text.Json;

namespace CoDesign.Application.Localization;

/// <summary>
/// Reads texts.json, where each key holds its three translations side by side, so a missing
/// translation is seen in review (and a test fails on one).
/// </summary>
public sealed class TextCatalog : ITextCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;

    public TextCatalog()
    {
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream("CoDesign.texts.json")
            ?? throw new InvalidOperationException("texts.json is not embedded.");
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
            ?? throw new InvalidOperationException("texts.json is empty.");
        _texts = raw.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Keys => _texts.Keys;

    public bool Contains(string key) => _texts.ContainsKey(key);

    public IReadOnlyDictionary<string, string> Translations(string key) =>
        _texts.TryGetValue(key, out var t) ? t : FrozenDictionary<string, string>.Empty;

    public string Text(string key, string language)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_texts.TryGetValue(key, out var translations))
        {
            if (translations.TryGetValue(Languages.Normalize(language), out var text))
            {
                return text;
            }

            if (translations.TryGetValue(Languages.Default, out var fallback))
            {
                return fallback;
            }
        }

        return key;
    }
}
