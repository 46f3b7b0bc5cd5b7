using System.Globalization;
using System.Text;

namespace CoDesign.Domain.Search;

/// <summary>
/// Inflection-tolerant search keys for Finnish and Swedish (and English) text. Each word is
/// lower-cased, its most common case or plural ending is removed, and the rest is cut to five
/// letters, so that "pyöräteiden" and "pyörätie" both give "pyör", "kirjastojen" and
/// "kirjasto" give "kirj", "bibliotekets" and "bibliotek" give "bibl". The same keys serve search
/// on every database and the similar-idea check, so both behave alike on SQLite and PostgreSQL.
/// </summary>
public static class TextKeys
{
    public const int KeyLength = 5;
    public const int MaxIndexLength = 4_000;

    // Longest first: the first ending that leaves a stem of at least four letters is removed.
    private static readonly string[] Endings =
    [
        // Finnish plural and case endings
        "iensa", "iensä", "illaan", "illään", "issaan", "issään", "istaan", "istään",
        "jemme", "jenne", "iden", "itten", "ihin", "ista", "istä", "issa", "issä", "illa", "illä", "ilta", "iltä", "ille", "iksi",
        "jen", "ten", "tten", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "tta", "ttä", "seen", "hin", "han", "hän", "ineen",
        "ita", "itä", "ien", "ine", "ina", "inä", "ja", "jä", "na", "nä", "en", "an", "än", "in", "on", "un", "yn", "ää", "aa", "ta", "tä",
        // Swedish definite and plural endings, genitive
        "arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "ans", "ars", "ers", "ors", "ar", "er", "or", "na", "et", "en", "s",
        // shared single letters last
        "t", "n", "a", "ä", "e", "i",
    ];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // Finnish
        "ja", "on", "ei", "se", "että", "ovat", "olla", "oli", "kun", "kuin", "tai", "myös", "niin", "sen", "ne", "ole", "mutta", "jos", "voisi", "pitäisi", "olisi",
        "jotta", "koska", "vain", "sekä", "tämä", "tässä", "siitä", "siellä", "nyt", "jo", "vielä", "esim", "joka", "jotka", "mitä", "mikä", "kaikki", "hyvä", "uusi",
        // Swedish
        "och", "att", "det", "är", "en", "ett", "som", "för", "på", "med", "av", "till", "den", "de", "om", "inte", "har", "kan", "ska", "skulle", "borde", "vi", "man", "så", "också", "eller", "men", "från", "när", "alla", "mer",
        // English
        "the", "and", "for", "with", "that", "this", "are", "was", "should", "could", "would", "from", "more", "into",
    };

    /// <summary>The words of a text, lower-cased, without punctuation.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
            }
            else if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }

    /// <summary>The key of one lower-case word.</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word;
        foreach (var ending in Endings)
        {
            if (w.Length - ending.Length >= 4 && w.EndsWith(ending, StringComparison.Ordinal))
            {
                w = w[..^ending.Length];
                break;
            }
        }

        var key = w.Length <= KeyLength ? w : w[..KeyLength];

        // Stem vowels alternate under inflection (talvi, talvella; koulu, koulussa): drop a final one.
        return key.Length == KeyLength && "aeiouyäöå".Contains(key[^1], StringComparison.Ordinal) ? key[..^1] : key;
    }

    /// <summary>The distinct keys of a text, stop words and one-letter words left out, in order of appearance.</summary>
    public static IReadOnlyList<string> Keys(string? text)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (word.Length < 2 || StopWords.Contains(word))
            {
                continue;
            }

            var key = Key(word);
            if (seen.Add(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>
    /// What is stored for an idea: its keys between spaces (" pyörä kunno talvi "), so that a key
    /// is found with LIKE '% key %' on any database. Title keys come first so they survive the cut.
    /// </summary>
    public static string ForIndex(string title, string body)
    {
        var keys = Keys(title).Concat(Keys(body)).Distinct(StringComparer.Ordinal);
        var sb = new StringBuilder(" ");
        foreach (var key in keys)
        {
            if (sb.Length + key.Length + 1 > MaxIndexLength)
            {
                break;
            }

            sb.Append(key).Append(' ');
        }

        return sb.ToString();
    }
}
