using System.Globalization;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>
/// The words of notifications, mail settings, unsubscribe links, the mail logs and the jobs page, in
/// Finnish and Swedish, written out here (not read from texts.json) so that a wrong or missing
/// translation fails the tests.
/// </summary>
public sealed record NotificationUi
{
    public static readonly NotificationUi Fi = new()
    {
        Language = "fi",
        Heading = "Ilmoitukset",
        MenuLink = "Ilmoitukset",
        MenuLinkUnread = "Ilmoitukset ({0} lukematta)",
        UnreadCount = "Lukemattomia ilmoituksia: {0}",
        UnreadOnly = "Näytä vain lukemattomat",
        Show = "Näytä",
        New = "Uusi:",
        KindResponse = "Vastaus tai tilamuutos",
        MarkRead = "Merkitse luetuksi",
        MarkReadLabel = "Merkitse luetuksi: {0}",
        MarkAllRead = "Merkitse kaikki luetuiksi",
        SettingsHeading = "Ilmoitusasetukset",
        PrefsResponse = "Vastaukset ja tilamuutokset",
        PrefsComment = "Uudet kommentit",
        Immediate = "Heti",
        Daily = "Päivän koosteessa",
        Weekly = "Viikon koosteessa",
        Never = "Ei sähköpostia",
        SaveSettings = "Tallenna asetukset",
        Saved = "Asetukset tallennettiin.",
        UnsubscribeHeading = "Sähköpostien tilaus",
        UnsubscribeButton = "Lopeta tilaus",
        UnsubscribeConfirmResponse = "Haluatko lopettaa sähköpostit vastauksista ja tilamuutoksista?",
        UnsubscribeDoneResponse = "Sähköpostit vastauksista ja tilamuutoksista on lopetettu.",
        AllSettings = "Kaikki ilmoitusasetukset",
        UnsubscribeInvalid = "Linkki ei ole voimassa. Voit muuttaa ilmoitusasetuksia kirjautumalla sisään.",
        UnsubscribeSignIn = "Kirjaudu ja muuta asetuksia",
        InProgress = "Toteutuksessa",
        JobsHeading = "Ajastetut työt",
        CityDigestJob = "Päivän ja viikon koosteet: {0}",
        OtherJobs = ["Sähköpostien lähetys", "Koosteaikataulujen päivitys kaupunkien asetuksista", "Koordinaattoreiden viikkokatsaus", "Vanhojen ilmoitusten ja sähköpostilokin poisto"],
        RunNowLabel = "Aja nyt: {0}",
        RunNow = "Aja nyt",
        JobStarted = "Työ {0} käynnistettiin.",
        JobOk = "Onnistui",
        MailLogHeading = "Sähköpostiloki",
        CityMailHeading = "Kaupungin sähköpostit",
        MailTextPart = "Tekstiosa",
        MailBack = "Takaisin lokiin",
        MailNone = "Ei viestejä.",
        FeedbackMessage = "Palaute",
        FeedbackSend = "Lähetä palaute",
        FeedbackThanks = "Kiitos palautteesta! Se on välitetty kaupungin ylläpitäjille.",
    };

    public static readonly NotificationUi Sv = new()
    {
        Language = "sv",
        Heading = "Aviseringar",
        MenuLink = "Aviseringar",
        MenuLinkUnread = "Aviseringar ({0} olästa)",
        UnreadCount = "Olästa aviseringar: {0}",
        UnreadOnly = "Visa endast olästa",
        Show = "Visa",
        New = "Ny:",
        KindResponse = "Svar eller statusändring",
        MarkRead = "Markera som läst",
        MarkReadLabel = "Markera som läst: {0}",
        MarkAllRead = "Markera alla som lästa",
        SettingsHeading = "Aviseringsinställningar",
        PrefsResponse = "Svar och statusändringar",
        PrefsComment = "Nya kommentarer",
        Immediate = "Genast",
        Daily = "I dagens sammanfattning",
        Weekly = "I veckans sammanfattning",
        Never = "Ingen e-post",
        SaveSettings = "Spara inställningarna",
        Saved = "Inställningarna sparades.",
        UnsubscribeHeading = "Prenumeration på e-post",
        UnsubscribeButton = "Avsluta prenumerationen",
        UnsubscribeConfirmResponse = "Vill du sluta få e-post om svar och statusändringar?",
        UnsubscribeDoneResponse = "E-posten om svar och statusändringar har avslutats.",
        AllSettings = "Alla aviseringsinställningar",
        UnsubscribeInvalid = "Länken är inte giltig. Du kan ändra aviseringsinställningarna genom att logga in.",
        UnsubscribeSignIn = "Logga in och ändra inställningarna",
        InProgress = "Genomförs",
        JobsHeading = "Schemalagda jobb",
        CityDigestJob = "Dags- och veckosammanfattningar: {0}",
        OtherJobs = ["Utskick av e-post", "Uppdatering av sammanfattningsscheman från städernas inställningar", "Koordinatorernas veckoöversikt", "Radering av gamla aviseringar och e-postlogg"],
        RunNowLabel = "Kör nu: {0}",
        RunNow = "Kör nu",
        JobStarted = "Jobbet {0} startades.",
        JobOk = "Lyckades",
        MailLogHeading = "E-postlogg",
        CityMailHeading = "Stadens e-post",
        MailTextPart = "Textdel",
        MailBack = "Tillbaka till loggen",
        MailNone = "Inga meddelanden.",
        FeedbackMessage = "Respons",
        FeedbackSend = "Skicka respons",
        FeedbackThanks = "Tack för din respons! Den har skickats till stadens administratörer.",
    };

    public required string Language { get; init; }

    public required string Heading { get; init; }

    /// <summary>The header's link when nothing is unread.</summary>
    public required string MenuLink { get; init; }

    /// <summary>The header's link with the unread count; {0} is the count.</summary>
    public required string MenuLinkUnread { get; init; }

    /// <summary>The notifications page's status line; {0} is the count.</summary>
    public required string UnreadCount { get; init; }

    public required string UnreadOnly { get; init; }

    public required string Show { get; init; }

    /// <summary>The mark of an unread notification.</summary>
    public required string New { get; init; }

    /// <summary>How a notification of a response or status change is named in the list.</summary>
    public required string KindResponse { get; init; }

    public required string MarkRead { get; init; }

    /// <summary>The accessible name of a notification's "mark read" button; {0} is the idea's title.</summary>
    public required string MarkReadLabel { get; init; }

    public required string MarkAllRead { get; init; }

    public required string SettingsHeading { get; init; }

    /// <summary>The settings' group (legend) for responses and status changes.</summary>
    public required string PrefsResponse { get; init; }

    /// <summary>The settings' group (legend) for new comments.</summary>
    public required string PrefsComment { get; init; }

    public required string Immediate { get; init; }

    public required string Daily { get; init; }

    public required string Weekly { get; init; }

    public required string Never { get; init; }

    public required string SaveSettings { get; init; }

    public required string Saved { get; init; }

    public required string UnsubscribeHeading { get; init; }

    public required string UnsubscribeButton { get; init; }

    /// <summary>What the link of a response mail asks before the click.</summary>
    public required string UnsubscribeConfirmResponse { get; init; }

    /// <summary>What the page says after the click on a response mail's link.</summary>
    public required string UnsubscribeDoneResponse { get; init; }

    public required string AllSettings { get; init; }

    public required string UnsubscribeInvalid { get; init; }

    public required string UnsubscribeSignIn { get; init; }

    /// <summary>The idea status "in progress" (the official's response form).</summary>
    public required string InProgress { get; init; }

    public required string JobsHeading { get; init; }

    /// <summary>A city's digest job as the jobs page names it; {0} is the city's name.</summary>
    public required string CityDigestJob { get; init; }

    public required IReadOnlyList<string> OtherJobs { get; init; }

    /// <summary>The accessible name of a job's "run now" button; {0} is the job's description.</summary>
    public required string RunNowLabel { get; init; }

    public required string RunNow { get; init; }

    /// <summary>The confirmation after "run now"; {0} is the job's key.</summary>
    public required string JobStarted { get; init; }

    public required string JobOk { get; init; }

    public required string MailLogHeading { get; init; }

    public required string CityMailHeading { get; init; }

    public required string MailTextPart { get; init; }

    public required string MailBack { get; init; }

    /// <summary>What a mail log says when it (or the page of it asked for) has no mail.</summary>
    public required string MailNone { get; init; }

    public required string FeedbackMessage { get; init; }

    public required string FeedbackSend { get; init; }

    public required string FeedbackThanks { get; init; }

    public static string Format(string text, object value) => string.Format(CultureInfo.InvariantCulture, text, value);

    public static NotificationUi For(string language) => language switch
    {
        "fi" => Fi,
        "sv" => Sv,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Only fi and sv are written out."),
    };
}
