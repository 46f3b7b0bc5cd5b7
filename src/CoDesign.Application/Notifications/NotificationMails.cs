using System.Globalization;
using CoDesign.Application.Localization;
using CoDesign.Domain.Notifications;

namespace CoDesign.Application.Notifications;

/// <summary>A text in up to three languages; a reader gets theirs, or the first one written.</summary>
public sealed record LocalizedText(string? Fi, string? Sv = null, string? En = null)
{
    public static LocalizedText Same(string? text) => new(text, text, text);

    public string? For(string language) =>
        new[] { Languages.Pick(language, Fi ?? string.Empty, Sv ?? string.Empty, En ?? string.Empty), Fi, Sv, En }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
}

/// <summary>What one notification mail says (all of it public information about the idea).</summary>
public sealed record NoticeFacts(
    string Kind,
    string CitySlug,
    LocalizedText CityName,
    Guid IdeaId,
    string IdeaTitle,
    string? Status = null,
    LocalizedText? Excerpt = null,
    string? ActorName = null,
    int? Votes = null,
    DateTime? DueAt = null);

/// <summary>Writes notification mails and digests in the recipient's language, each with its unsubscribe link.</summary>
public sealed class NotificationMails(MailComposer composer, ITextCatalog texts, IPublicUrls urls, IUnsubscribeTokens tokens)
{
    public const int ExcerptLength = 400;

    public string IdeaUrl(string citySlug, Guid ideaId) => urls.Absolute($"/{citySlug}/ideas/{ideaId}");

    public string UnsubscribeUrl(Guid userId, string scope) => urls.Absolute("/unsubscribe/" + tokens.Create(userId, scope));

    public string T(string key, string language) => texts.Text(key, language);

    public string F(string key, string language, params object?[] args) =>
        string.Format(Languages.Culture(language), texts.Text(key, language), args);

    public string StatusName(string status, string language) => texts.Text("Status." + status, language);

    /// <summary>One notification as its own mail.</summary>
    public MailContent Immediate(NoticeFacts facts, Guid userId, string language)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var lang = Languages.Normalize(language);
        var city = facts.CityName.For(lang);
        var excerpt = Excerpt(facts.Excerpt?.For(lang));
        var (subject, paragraphs, action, url) = facts.Kind switch
        {
            NotificationKinds.Response => (
                F("Notify.Response.Subject", lang, city, facts.IdeaTitle),
                Lines(F("Notify.Response.Status", lang, StatusName(facts.Status ?? string.Empty, lang)), excerpt),
                T("Notify.ReadResponse", lang),
                IdeaUrl(facts.CitySlug, facts.IdeaId)),
            NotificationKinds.Comment => (
                F("Notify.Comment.Subject", lang, city, facts.IdeaTitle),
                Lines(F("Notify.Comment.Wrote", lang, facts.ActorName), excerpt),
                T("Notify.ReadComments", lang),
                IdeaUrl(facts.CitySlug, facts.IdeaId) + "#comments"),
            NotificationKinds.ThresholdReached => (
                F("Notify.Threshold.Subject", lang, city, facts.IdeaTitle),
                Lines(F("Notify.Threshold.Body", lang, facts.Votes, facts.DueAt is { } due ? HelsinkiTime.FormatDate(due, lang) : "-")),
                T("Notify.OpenIdea", lang),
                IdeaUrl(facts.CitySlug, facts.IdeaId)),
            _ => (
                F("Notify.Moderation.Subject", lang, city),
                Lines(F("Notify.Moderation.Body", lang, facts.IdeaTitle)),
                T("Notify.OpenQueue", lang),
                urls.Absolute($"/{facts.CitySlug}/admin/moderation")),
        };

        return composer.Compose(lang, subject, subject, paragraphs, action, url, Footer(userId, facts.Kind, lang));
    }

    public IReadOnlyList<MailLink> Footer(Guid userId, string scope, string language) =>
        [new MailLink(T(scope.StartsWith("digest.", StringComparison.Ordinal) ? "Notify.UnsubscribeDigest" : "Notify.UnsubscribeKind", language), UnsubscribeUrl(userId, scope))];

    public MailContent Digest(string language, string subject, string heading, string intro, IReadOnlyList<MailSection> sections, Guid userId, string scope) =>
        composer.ComposeDigest(Languages.Normalize(language), subject, heading, intro, sections, Footer(userId, scope, language));

    public static string Excerpt(string? text, int length = ExcerptLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : string.Concat(flat.AsSpan(0, length).TrimEnd(), "…");
    }

    private static List<string> Lines(params string?[] lines) =>
        lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList();

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
