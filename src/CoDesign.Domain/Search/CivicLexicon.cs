namespace CoDesign.Domain.Search;

/// <summary>
/// A small Finnish–Swedish word list of common civic words, so that an idea written in Swedish in
/// one city can be recognised as the same proposal as a Finnish one in another. Each Swedish word's
/// search key (see <see cref="TextKeys"/>) is mapped to the key of its Finnish counterpart; a few
/// Finnish synonyms are mapped to one key as well. Matching is on keys, so inflected forms
/// (biblioteket, bibliotekens) map too. The list is deliberately short and concrete: a wrong
/// mapping merges unrelated proposals, a missing one only loses a cross-language match.
/// </summary>
public static class CivicLexicon
{
    // (Finnish word, the words that mean the same: Swedish translations or Finnish synonyms).
    private static readonly (string Fi, string[] Same)[] Pairs =
    [
        ("kirjasto", ["bibliotek", "biblioteket"]),
        ("aukioloaika", ["öppettider", "öppethållning", "aukiolo", "öppet", "öppna", "öppen", "avoinna"]),
        ("aikaisin", ["tidigt", "tidigare", "aikaisemmin", "aiemmin"]),
        ("arki", ["vardag", "vardagar", "vardagsmorgnarna", "arkisin"]),
        ("perjantai", ["fredag", "fredags"]),
        ("lauantai", ["lördag", "lördags"]),
        ("lisää", ["fler", "flera", "tätare", "mer", "enemmän", "tihennettävä"]),
        ("yhdeksäsluokkalainen", ["årskurs", "niondeklassare"]),
        ("nurmikko", ["gräsmatta", "gräsmattor", "parkgräsmatta", "parkgräsmattorna"]),
        ("ilta", ["kväll", "kvällar", "kvällarna", "iltaisin"]),
        ("aamu", ["morgon", "morgnar", "morgnarna", "aamuisin", "morgonen", "aamuruuhka", "morgonrusning", "talviaamu"]),
        ("viikonloppu", ["helg", "helger", "veckoslut"]),
        ("bussi", ["buss", "bussar", "busstrafik", "bussivuoro", "bussilinja"]),
        ("pysäkki", ["hållplats", "busshållplats", "busshållplatser", "bussipysäkki"]),
        ("pyörätie", ["cykelbana", "cykelbanor", "cykelväg", "cykelvägar", "pyöräreitti", "kevyenliikenteenväylä"]),
        ("pyöräily", ["cykling", "cykla", "pyöräilijä"]),
        ("auraus", ["plogning", "snöröjning", "snöröjningen", "aurata", "aurattava", "talvikunnossapito", "vinterunderhåll"]),
        ("talvi", ["vinter", "vintern", "talvella"]),
        ("penkki", ["bänk", "bänkar", "sittplats", "sittplatser", "istuin", "istuimet"]),
        ("rantareitti", ["strandpromenad", "strandpromenaden", "rantapolku"]),
        ("kävelyreitti", ["promenadstråk", "gångväg", "gångvägar", "kävelytie"]),
        ("valaistus", ["belysning", "valo", "lampor"]),
        ("pimeä", ["mörk", "mörka", "mörker"]),
        ("koulu", ["skola", "skolor", "skolan", "skolorna"]),
        ("koulupiha", ["skolgård", "skolgårdar", "skolgårdarna"]),
        ("päiväkoti", ["daghem", "dagis", "varhaiskasvatus", "småbarnspedagogik"]),
        ("nuori", ["ung", "unga", "ungdom", "ungdomar", "nuoriso"]),
        ("nuorisotalo", ["ungdomsgård", "ungdomsgården", "nuorisotila"]),
        ("lapsi", ["barn"]),
        ("ikäihminen", ["äldre", "ikääntynyt", "vanhus", "seniorer", "pensionär"]),
        ("yksinäinen", ["ensam", "ensamma"]),
        ("kesätyö", ["sommarjobb", "sommarjobbssedel", "kesätyöseteli", "kesätyöpaikka"]),
        ("yrittäjä", ["företagare", "småföretagare", "pienyrittäjä"]),
        ("neuvonta", ["rådgivning"]),
        ("maksuton", ["gratis", "avgiftsfri", "ilmainen"]),
        ("terveysasema", ["hälsostation", "hälsostationen"]),
        ("ajanvaraus", ["tidsbokning", "bokning"]),
        ("puhelin", ["telefon", "telefonkö", "telefonköerna", "puhelinjono"]),
        ("puisto", ["park", "parker", "parkerna"]),
        ("niitty", ["äng", "ängar", "niityksi", "niityiksi", "niityt"]),
        ("pölyttäjä", ["pollinerare", "pollinerarna"]),
        ("lajittelu", ["sortering", "sorteringskärl", "lajitteluastia"]),
        ("uimaranta", ["badstrand", "badstränder", "badstränderna"]),
        ("uimahalli", ["simhall", "simhallen"]),
        ("kierrätys", ["återvinning", "tavaranvaihto", "bytesstation"]),
        ("digituki", ["digistöd", "digitaitoja"]),
        ("asiointipiste", ["servicepunkt", "palvelupiste"]),
        ("verkkoasiointi", ["etjänst", "tjänster", "sähköinen", "verkkopalvelu"]),
        ("ostoskeskus", ["köpcentrum", "köpcentret"]),
        ("lähimetsä", ["närskog", "närskogarna", "närskogen"]),
        ("täydennysrakentaminen", ["kompletteringsbyggande"]),
        ("nopeusrajoitus", ["hastighetsbegränsning"]),
        ("hidaste", ["farthinder"]),
        ("budjetointi", ["budgetering", "budjetti"]),
        ("äänestys", ["omröstning", "rösta", "äänestää"]),
        ("paperi", ["papper", "pappersblankett"]),
        ("asukas", ["invånare", "invånarna", "asukkaat"]),
        ("päättäjä", ["beslutsfattare", "virkamies", "tjänstemän"]),
        ("kielikurssi", ["språkkurs", "kvällskurs", "kvällskurser"]),
        ("maahanmuuttaja", ["inflyttad", "inflyttade", "invandrare"]),
        ("läksykerho", ["läxhjälp", "läksyapu"]),
        ("konsertti", ["konsert", "konserter", "sommarkonserter", "ulkokonsertti"]),
        ("elokuva", ["bio", "utebio", "elokuvailta"]),
        ("kuntoiluväline", ["utegym", "ulkokuntosali", "ulkokuntoiluväline"]),
        ("langaton", ["trådlös", "trådlöst", "wifi", "wlan"]),
        ("verkko", ["nätverk", "nät", "internet"]),
        ("tori", ["torg", "torget", "torgen"]),
    ];

    // Words that say nothing about what is proposed ("part of", "let", "become"); left out of the comparison.
    private static readonly HashSet<string> Noise = new(
        ["osa", "hyväksi", "kaikille", "kaikki", "liian", "tarvitaan", "låt", "bli", "del", "hålla", "behöver", "saada"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> NoiseKeys = Noise.Select(TextKeys.Key).ToHashSet(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Map = Build();

    /// <summary>Whether a key carries no meaning for comparing proposals.</summary>
    public static bool IsNoise(string key) => NoiseKeys.Contains(key);

    /// <summary>The concept key for a word key: the Finnish key when the lexicon knows the word, else the key itself.</summary>
    public static string Canonical(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Map.TryGetValue(key, out var canonical) ? canonical : key;
    }

    /// <summary>All keys that mean the same as <paramref name="key"/> (itself included), for finding candidates.</summary>
    public static IEnumerable<string> Variants(string key)
    {
        var canonical = Canonical(key);
        yield return canonical;
        foreach (var (variant, target) in Map)
        {
            if (target == canonical && variant != canonical)
            {
                yield return variant;
            }
        }
    }

    private static Dictionary<string, string> Build()
    {
        // A key that is itself some concept's key is never remapped, or one word list would swallow another
        // (the key of "bussipysäkki" is the key of "bussi").
        var targets = Pairs.Select(p => TextKeys.Key(p.Fi)).ToHashSet(StringComparer.Ordinal);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fi, same) in Pairs)
        {
            var target = TextKeys.Key(fi);
            foreach (var word in same)
            {
                var key = TextKeys.Key(word);
                if (key != target && !targets.Contains(key))
                {
                    map.TryAdd(key, target);
                }
            }
        }

        return map;
    }
}
