namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>
/// The words a resident sees on the idea pages, in Finnish and Swedish, written out here (not read
/// from texts.json) so that a wrong or missing translation fails the tests.
/// </summary>
public sealed record Ui
{
    public static readonly Ui Fi = new()
    {
        Language = "fi",
        SignInButton = "Kirjaudu",
        SignOut = "Kirjaudu ulos",
        SearchLabel = "Hakusanat",
        SearchButton = "Hae",
        Vote = "Äänestä ideaa",
        Voted = "Kiitos, äänesi on kirjattu.",
        YouVoted = "Olet äänestänyt tätä ideaa.",
        Withdraw = "Peru ääneni",
        Withdrawn = "Äänesi on peruttu.",
        Follow = "Seuraa ideaa",
        Following = "Seuraat nyt ideaa.",
        Unfollow = "Lopeta seuraaminen",
        SendComment = "Lähetä kommentti",
        Commented = "Kommenttisi on julkaistu.",
        Reply = "Vastaa",
        YourReply = "Vastauksesi",
        SendReply = "Lähetä vastaus",
        Replied = "Vastauksesi on julkaistu.",
        EditComment = "Muokkaa",
        DeleteComment = "Poista",
        NewIdeaHeading = "Uusi idea",
        TitleLabel = "Otsikko",
        BodyLabel = "Kuvaus",
        CategoryLabel = "Aihealue",
        OnBehalfOf = "Lähettäjä",
        Continue = "Jatka",
        SimilarHeading = "Onko joku jo ehdottanut samaa?",
        VoteInstead = "Äänestä tätä ideaa",
        SubmitAnyway = "Lähetä oma ideani",
        BackToEdit = "Palaa muokkaamaan",
        Published = "Kiitos! Ideasi on julkaistu.",
        ForAssociation = "Organisaation Kallion asukasyhdistys ry puolesta",
        RegisterHeading = "Luo tili",
        RegisterButton = "Luo tili",
        DisplayNameLabel = "Nimi, joka näytetään muille",
        EmailLabel = "Sähköpostiosoite",
        PasswordLabel = "Salasana",
        ConfirmPasswordLabel = "Salasana uudelleen",
        CheckEmailHeading = "Vahvista sähköpostiosoitteesi",
        ConfirmEmailHeading = "Sähköpostiosoitteen vahvistus",
        ConfirmEmailButton = "Vahvista sähköpostiosoite",
        EmailConfirmed = "Kiitos! Osoitteesi on vahvistettu, ja voit nyt kirjautua sisään.",
        SignInLink = "Kirjaudu sisään",
        OrganisationsHeading = "Organisaationi",
        SendInvite = "Lähetä kutsu",
        Invited = "Kutsu lähetetty osoitteeseen {0}.",
        JoinHeading = "Liity organisaatioon",
        JoinButton = "Liity jäseneksi",
        ParticipationHeading = "Oma osallistumiseni",
        AssistedHeading = "Kirjaa idea asukkaan puolesta",
        AssistedSubmit = "Tallenna ja julkaise",
    };

    public static readonly Ui Sv = new()
    {
        Language = "sv",
        SignInButton = "Logga in",
        SignOut = "Logga ut",
        SearchLabel = "Sökord",
        SearchButton = "Sök",
        Vote = "Rösta på idén",
        Voted = "Tack, din röst är registrerad.",
        YouVoted = "Du har röstat på den här idén.",
        Withdraw = "Återkalla min röst",
        Withdrawn = "Din röst har återkallats.",
        Follow = "Följ idén",
        Following = "Du följer nu idén.",
        Unfollow = "Sluta följa",
        SendComment = "Skicka kommentaren",
        Commented = "Din kommentar har publicerats.",
        Reply = "Svara",
        YourReply = "Ditt svar",
        SendReply = "Skicka svaret",
        Replied = "Ditt svar har publicerats.",
        EditComment = "Redigera",
        DeleteComment = "Ta bort",
        NewIdeaHeading = "Ny idé",
        TitleLabel = "Rubrik",
        BodyLabel = "Beskrivning",
        CategoryLabel = "Ämnesområde",
        OnBehalfOf = "Avsändare",
        Continue = "Fortsätt",
        SimilarHeading = "Har någon redan föreslagit samma sak?",
        VoteInstead = "Rösta på den här idén",
        SubmitAnyway = "Skicka min idé",
        BackToEdit = "Tillbaka till redigering",
        Published = "Tack! Din idé har publicerats.",
        ForAssociation = "För Kallion asukasyhdistys ry",
        RegisterHeading = "Skapa konto",
        RegisterButton = "Skapa konto",
        DisplayNameLabel = "Namn som visas för andra",
        EmailLabel = "E-postadress",
        PasswordLabel = "Lösenord",
        ConfirmPasswordLabel = "Lösenordet igen",
        CheckEmailHeading = "Bekräfta din e-postadress",
        ConfirmEmailHeading = "Bekräftelse av e-postadress",
        ConfirmEmailButton = "Bekräfta e-postadressen",
        EmailConfirmed = "Tack! Din adress är bekräftad och du kan nu logga in.",
        SignInLink = "Logga in",
        OrganisationsHeading = "Mina organisationer",
        SendInvite = "Skicka inbjudan",
        Invited = "Inbjudan skickades till {0}.",
        JoinHeading = "Gå med i organisationen",
        JoinButton = "Gå med",
        ParticipationHeading = "Mitt deltagande",
        AssistedHeading = "Registrera en idé för en invånare",
        AssistedSubmit = "Spara och publicera",
    };

    public const string Association = "Kallion asukasyhdistys ry";

    public required string Language { get; init; }

    public required string SignInButton { get; init; }

    public required string SignOut { get; init; }

    public required string SearchLabel { get; init; }

    public required string SearchButton { get; init; }

    public required string Vote { get; init; }

    public required string Voted { get; init; }

    public required string YouVoted { get; init; }

    public required string Withdraw { get; init; }

    public required string Withdrawn { get; init; }

    public required string Follow { get; init; }

    public required string Following { get; init; }

    public required string Unfollow { get; init; }

    public required string SendComment { get; init; }

    public required string Commented { get; init; }

    public required string Reply { get; init; }

    public required string YourReply { get; init; }

    public required string SendReply { get; init; }

    public required string Replied { get; init; }

    public required string EditComment { get; init; }

    public required string DeleteComment { get; init; }

    public required string NewIdeaHeading { get; init; }

    public required string TitleLabel { get; init; }

    public required string BodyLabel { get; init; }

    public required string CategoryLabel { get; init; }

    public required string OnBehalfOf { get; init; }

    public required string Continue { get; init; }

    public required string SimilarHeading { get; init; }

    public required string VoteInstead { get; init; }

    public required string SubmitAnyway { get; init; }

    public required string BackToEdit { get; init; }

    public required string Published { get; init; }

    public required string ForAssociation { get; init; }

    public required string RegisterHeading { get; init; }

    public required string RegisterButton { get; init; }

    public required string DisplayNameLabel { get; init; }

    public required string EmailLabel { get; init; }

    public required string PasswordLabel { get; init; }

    public required string ConfirmPasswordLabel { get; init; }

    public required string CheckEmailHeading { get; init; }

    public required string ConfirmEmailHeading { get; init; }

    public required string ConfirmEmailButton { get; init; }

    public required string EmailConfirmed { get; init; }

    public required string SignInLink { get; init; }

    public required string OrganisationsHeading { get; init; }

    public required string SendInvite { get; init; }

    /// <summary>The manager's confirmation after inviting; {0} is the address.</summary>
    public required string Invited { get; init; }

    public required string JoinHeading { get; init; }

    public required string JoinButton { get; init; }

    public required string ParticipationHeading { get; init; }

    public required string AssistedHeading { get; init; }

    public required string AssistedSubmit { get; init; }

    public string InvitedTo(string address) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Invited, address);

    public static Ui For(string language) => language switch
    {
        "fi" => Fi,
        "sv" => Sv,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Only fi and sv are written out."),
    };
}
