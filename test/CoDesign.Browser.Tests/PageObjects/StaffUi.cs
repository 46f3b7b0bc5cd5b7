namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>
/// The words city staff see (administration, moderation, official responses) and the words of
/// reporting and accountability, in Finnish and Swedish, written out here (not read from
/// texts.json) so that a wrong or missing translation fails the tests.
/// </summary>
public sealed record StaffUi
{
    public static readonly StaffUi Fi = new()
    {
        Language = "fi",
        AdminHeading = "Ylläpito: {0}",
        Dashboard = "Vastausta odottavat ideat",
        Moderation = "Moderointijono",
        Settings = "Kaupungin asetukset",
        Roles = "Roolit",
        Audit = "Tapahtumaloki",
        Done = "Tehty.",
        ReportedComments = "Ilmoitetut kommentit",
        Hidden = "Piilotetut ideat ja kommentit",
        ProvisionalBadge = "väliaikaisesti piilotettu",
        PublicReason = "Julkinen perustelu",
        Hide = "Piilota",
        Restore = "Palauta näkyviin",
        Dismiss = "Hylkää ilmoitukset",
        Threshold = "Kannatusraja (ääniä)",
        ResponseDays = "Vastausaika (päivää)",
        Save = "Tallenna",
        SettingsSaved = "Asetukset on tallennettu.",
        GrantButton = "Anna rooli",
        Timeline = "Vaiheet",
        NewStatus = "Uusi tila",
        TextFi = "Vastaus suomeksi",
        TextSv = "Vastaus ruotsiksi",
        PublishResponse = "Julkaise vastaus",
        ResponseSaved = "Vastaus on julkaistu idean aikajanalla.",
        Correct = "Korjaa vastausta",
        UnderReview = "Käsittelyssä",
        StatusChange = "kaupunki vastasi, tila: {0}",
        ReportComment = "Ilmoita asiattomasta kommentista",
        ReportIdea = "Ilmoita asiattomasta ideasta",
        ReportReason = "Miksi sisältö on asiaton?",
        SendReport = "Lähetä ilmoitus",
        ReportSent = "Kiitos, ilmoitus on välitetty moderaattoreille.",
        MergeInto = "Yhdistä toiseen ideaan",
        CommentProvisionallyHidden = "Kommentti on piilotettu väliaikaisesti ilmoitusten vuoksi.",
        CommentHidden = "Moderaattori on piilottanut kommentin. Perustelu: {0}",
        AccountabilityHeading = "Vastaamme ajallaan: {0}",
        ThresholdIdeas = "Kannatusrajan ylittäneet ideat",
        ResponseDue = "Kaupunki on luvannut vastata viimeistään {0}.",
    };

    public static readonly StaffUi Sv = new()
    {
        Language = "sv",
        AdminHeading = "Administration: {0}",
        Dashboard = "Idéer som väntar på svar",
        Moderation = "Modereringskö",
        Settings = "Stadens inställningar",
        Roles = "Roller",
        Audit = "Händelselogg",
        Done = "Klart.",
        ReportedComments = "Anmälda kommentarer",
        Hidden = "Dolda idéer och kommentarer",
        ProvisionalBadge = "tillfälligt dold",
        PublicReason = "Offentlig motivering",
        Hide = "Dölj",
        Restore = "Återställ",
        Dismiss = "Avvisa anmälningarna",
        Threshold = "Stödgräns (röster)",
        ResponseDays = "Svarstid (dagar)",
        Save = "Spara",
        SettingsSaved = "Inställningarna har sparats.",
        GrantButton = "Ge rollen",
        Timeline = "Skeden",
        NewStatus = "Ny status",
        TextFi = "Svar på finska",
        TextSv = "Svar på svenska",
        PublishResponse = "Publicera svaret",
        ResponseSaved = "Svaret har publicerats på idéns tidslinje.",
        Correct = "Korrigera svaret",
        UnderReview = "Under behandling",
        StatusChange = "staden svarade, status: {0}",
        ReportComment = "Anmäl en olämplig kommentar",
        ReportIdea = "Anmäl en olämplig idé",
        ReportReason = "Varför är innehållet olämpligt?",
        SendReport = "Skicka anmälan",
        ReportSent = "Tack, anmälan har skickats till moderatorerna.",
        MergeInto = "Slå ihop med en annan idé",
        CommentProvisionallyHidden = "Kommentaren är tillfälligt dold på grund av anmälningar.",
        CommentHidden = "En moderator har dolt kommentaren. Motivering: {0}",
        AccountabilityHeading = "Vi svarar i tid: {0}",
        ThresholdIdeas = "Idéer över stödgränsen",
        ResponseDue = "Staden har lovat svara senast {0}.",
    };

    public required string Language { get; init; }

    /// <summary>The administration index's heading; {0} is the city's name.</summary>
    public required string AdminHeading { get; init; }

    public required string Dashboard { get; init; }

    public required string Moderation { get; init; }

    public required string Settings { get; init; }

    public required string Roles { get; init; }

    public required string Audit { get; init; }

    public required string Done { get; init; }

    public required string ReportedComments { get; init; }

    public required string Hidden { get; init; }

    public required string ProvisionalBadge { get; init; }

    public required string PublicReason { get; init; }

    public required string Hide { get; init; }

    public required string Restore { get; init; }

    public required string Dismiss { get; init; }

    public required string Threshold { get; init; }

    public required string ResponseDays { get; init; }

    public required string Save { get; init; }

    public required string SettingsSaved { get; init; }

    public required string GrantButton { get; init; }

    public required string Timeline { get; init; }

    public required string NewStatus { get; init; }

    public required string TextFi { get; init; }

    public required string TextSv { get; init; }

    public required string PublishResponse { get; init; }

    public required string ResponseSaved { get; init; }

    public required string Correct { get; init; }

    public required string UnderReview { get; init; }

    /// <summary>A response's line in the timeline; {0} is the new status.</summary>
    public required string StatusChange { get; init; }

    public required string ReportComment { get; init; }

    public required string ReportIdea { get; init; }

    public required string ReportReason { get; init; }

    public required string SendReport { get; init; }

    public required string ReportSent { get; init; }

    public required string MergeInto { get; init; }

    public required string CommentProvisionallyHidden { get; init; }

    /// <summary>What a hidden comment shows instead of its text; {0} is the moderator's reason.</summary>
    public required string CommentHidden { get; init; }

    /// <summary>The public accountability page's heading; {0} is the city's name.</summary>
    public required string AccountabilityHeading { get; init; }

    public required string ThresholdIdeas { get; init; }

    /// <summary>The idea page's promise; {0} is the deadline date.</summary>
    public required string ResponseDue { get; init; }

    public static string Format(string text, object value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, text, value);

    public static StaffUi For(string language) => language switch
    {
        "fi" => Fi,
        "sv" => Sv,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Only fi and sv are written out."),
    };
}
