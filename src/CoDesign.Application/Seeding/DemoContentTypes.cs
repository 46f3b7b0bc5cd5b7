namespace CoDesign.Application.Seeding;

/// <summary>A name in the three platform languages.</summary>
public sealed record Names(string Fi, string Sv, string En);

/// <summary>A shared theme of the cross-city taxonomy.</summary>
public sealed record ThemeSeed(string Key, Names Name);

/// <summary>A city-specific category and the shared theme it maps to.</summary>
public sealed record CategorySeed(string Key, string ThemeKey, Names Name);

/// <summary>A seeded city: slug, names, districts and its own categories.</summary>
public sealed record CitySeed(string Slug, Names Name, IReadOnlyList<string> Districts, IReadOnlyList<CategorySeed> Categories);

/// <summary>An idea template; Language is "fi" or "sv"; Body is limited Markdown.</summary>
public sealed record IdeaTemplate(string ThemeKey, string Language, string Title, string Body);

/// <summary>A comment template; Language is "fi" or "sv".</summary>
public sealed record CommentTemplate(string Language, string Text);

/// <summary>A demo process: its texts in three languages and the theme its service area maps to.</summary>
public sealed record ProcessTemplate(string ThemeKey, Names Title, Names Question, Names Description);
