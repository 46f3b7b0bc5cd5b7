using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoDesign.Application.Localization;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Notifications;
using CoDesign.TestBase;

namespace CoDesign.Application.Tests.Localization;

public partial class TextCatalogTests
{
    private static readonly TextCatalog Catalog = new();

    private static string TextsJsonPath => Path.Combine(TestEnvironment.RepositoryRoot, "src", "CoDesign.Application", "Localization", "texts.json");

    [GeneratedRegex("""(?:\bT|\btexts)\[\s*"(?<key>[^"\\]+)"\s*\]""")]
    private static partial Regex IndexerKey();

    [GeneratedRegex("""(?:\bT|\btexts)\.(?:Format|Text)\(\s*"(?<key>[^"\\]+)"\s*[,)]""")]
    private static partial Regex MethodKey();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>Line comments, including XML doc comments that show usage such as T["Key"].</summary>
    [GeneratedRegex(@"^[ \t]*//[^\n]*|@\*[\s\S]*?\*@", RegexOptions.Multiline)]
    private static partial Regex Comment();

    private static IEnumerable<string> KeysIn(string content)
    {
        var code = Comment().Replace(content, string.Empty);
        return IndexerKey().Matches(code).Concat(MethodKey().Matches(code)).Select(m => m.Groups["key"].Value);
    }
    public static TheoryData<string> Languages => new(CoDesign.Application.Localization.Languages.All);

    [Fact]
    public void Catalog_HasTexts()
    {
        Catalog.Keys.Count.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void EveryKey_HasFinnishSwedishAndEnglish()
    {
        var missing = new List<string>();
        foreach (var key in Catalog.Keys)
        {
            var translations = Catalog.Translations(key);
            foreach (var language in CoDesign.Application.Localization.Languages.All)
            {
                if (!translations.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text))
                {
                    missing.Add($"{key} [{language}]");
                }
            }
        }

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void EveryKey_HasNoOtherLanguage()
    {
        Catalog.Keys.Where(k => Catalog.Translations(k).Keys.Except(CoDesign.Application.Localization.Languages.All).Any())
            .ShouldBeEmpty();
    }

    [Fact]
    public void TextsJson_HasNoDuplicateKeys()
    {
        var bytes = File.ReadAllBytes(TextsJsonPath);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var key = reader.GetString()!;
                if (!seen.Add(key))
                {
                    duplicates.Add(key);
                }
            }
        }

        seen.Count.ShouldBe(Catalog.Keys.Count);
        duplicates.ShouldBeEmpty();
    }

    [Fact]
    public void EveryKey_HasTheSamePlaceholdersInAllLanguages()
    {
        var mismatches = new List<string>();
        foreach (var key in Catalog.Keys)
        {
            var sets = CoDesign.Application.Localization.Languages.All.ToDictionary(
                l => l,
                l => Placeholder().Matches(Catalog.Text(key, l)).Select(m => m.Groups[1].Value).ToHashSet());
            if (sets.Values.Any(s => !s.SetEquals(sets["fi"])))
            {
                mismatches.Add($"{key}: " + string.Join(" / ", sets.Select(kv => $"{kv.Key}={{{string.Join(',', kv.Value.Order())}}}")));
            }
        }

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void EveryTextWithPlaceholders_IsAValidFormatString()
    {
        var broken = new List<string>();
        var args = Enumerable.Range(0, 10).Select(i => (object)$"arg{i}").ToArray();
        foreach (var key in Catalog.Keys)
        {
            foreach (var language in CoDesign.Application.Localization.Languages.All)
            {
                var text = Catalog.Text(key, language);
                if (!text.Contains('{', StringComparison.Ordinal) && !text.Contains('}', StringComparison.Ordinal))
                {
                    continue;
                }

                try
                {
                    _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, args);
                }
                catch (FormatException)
                {
                    broken.Add($"{key} [{language}]");
                }
            }
        }

        broken.ShouldBeEmpty();
    }

    [Fact]
    public void EveryKeyUsedInTheSource_IsInTheCatalog()
    {
        var src = Path.Combine(TestEnvironment.RepositoryRoot, "src");
        var files = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var file in files)
        {
            foreach (var key in KeysIn(File.ReadAllText(file)))
            {
                used.Add(key);
                if (!Catalog.Contains(key))
                {
                    missing.Add($"{key} ({Path.GetRelativePath(src, file)})");
                }
            }
        }

        files.ShouldContain(f => f.EndsWith(".cshtml", StringComparison.Ordinal));
        used.Count.ShouldBeGreaterThan(50);
        missing.Distinct().ShouldBeEmpty();
    }

    [Fact]
    public void KeyScanner_FindsLiteralKeysOnly()
    {
        const string sample = """
            @T["Layout.SignIn"] @T.Format("A11y.CityIntro", name) texts["Login.Invalid"]
            texts.Text("Mail.Footer", lang) texts.Format("Identity.PasswordTooShort", 8)
            texts.Text("Error." + code, lang) T["Status." + idea.Status] T[$"Status.{s}"] Tx["Not.A.Key"]
            /// <summary>The catalog for pages (<c>@T["Doc.Key"]</c>).</summary>
            // T["Commented.Out"]
            @* @T["Razor.Comment"] *@
            """;

        var keys = KeysIn(sample).Order(StringComparer.Ordinal);

        keys.ShouldBe(["A11y.CityIntro", "Identity.PasswordTooShort", "Layout.SignIn", "Login.Invalid", "Mail.Footer"]);
    }

    [Fact]
    public void EveryErrorCode_HasAText()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        codes.ShouldContain(ErrorCodes.VotingPhaseClosed);
        codes.Where(c => !Catalog.Contains("Error." + c)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryIdeaStatus_HasAText()
    {
        Enum.GetNames<IdeaStatus>().Where(s => !Catalog.Contains("Status." + s)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryMailStatus_HasAText()
    {
        Enum.GetNames<OutboxMailStatus>().Where(s => !Catalog.Contains("MailStatus." + s)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Mail.Confirm")]
    [InlineData("Mail.Reset")]
    [InlineData("Mail.ChangeEmail")]
    public void AccountMails_HaveEveryPart(string prefix)
    {
        foreach (var part in new[] { "Subject", "Heading", "Body", "Action" })
        {
            Catalog.Contains($"{prefix}.{part}").ShouldBeTrue($"{prefix}.{part}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Text_ReturnsTheLanguageAsked(string language)
    {
        Catalog.Text("Status.Published", language).ShouldBe(Catalog.Translations("Status.Published")[language]);
    }

    [Fact]
    public void Text_ForUnknownLanguage_FallsBackToFinnish_AndForUnknownKey_ShowsTheKey()
    {
        Catalog.Text("Mail.Footer", "de").ShouldBe(Catalog.Text("Mail.Footer", "fi"));
        Catalog.Text("Mail.Footer", "sv-FI").ShouldBe(Catalog.Text("Mail.Footer", "sv"));
        Catalog.Text("No.Such.Key", "en").ShouldBe("No.Such.Key");
    }
}
