using CoDesign.Application.Coordination;
using CoDesign.Domain.Search;
using Xunit.Abstractions;

namespace CoDesign.Application.Tests.Coordination;

/// <summary>
/// A corpus of proposals written independently in different cities: the same proposal paraphrased
/// (other words, word order and case endings, Finnish or Swedish), plus unrelated proposals on
/// nearby topics. Groups must bring each paraphrase set together and keep unrelated ideas apart.
/// </summary>
public sealed class CrossCitySimilarityCorpusTests(ITestOutputHelper output)
{
    private static readonly Guid Helsinki = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Espoo = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Vantaa = new("00000000-0000-0000-0000-000000000003");
    private static readonly Guid Tampere = new("00000000-0000-0000-0000-000000000004");
    private static readonly Guid Turku = new("00000000-0000-0000-0000-000000000005");
    private static readonly Guid Oulu = new("00000000-0000-0000-0000-000000000006");

    /// <summary>(topic, city, title, body): ideas with the same topic propose the same thing; "-" topics are unrelated.</summary>
    private static readonly (string Topic, Guid City, string Title, string Body)[] Corpus =
    [
        ("library-hours", Helsinki, "Kirjastojen aukioloaikoja pidennettävä iltaisin", "Kirjasto sulkeutuu liian aikaisin arki-iltaisin."),
        ("library-hours", Tampere, "Pidemmät aukioloajat kirjastoon myös iltaisin", "Työssäkäyvät ehtisivät kirjastoon illalla."),
        ("library-hours", Turku, "Bibliotekets öppettider borde förlängas på kvällarna", "Biblioteket stänger för tidigt på kvällen."),
        ("cycle-ploughing", Oulu, "Pyöräteiden auraus ennen aamuruuhkaa", "Pyörätiet ovat aamulla lumen peitossa."),
        ("cycle-ploughing", Espoo, "Pyörätiet aurattava aikaisin aamulla talvella", "Talviaamuina pyöräteitä ei ole aurattu ennen töihin lähtöä."),
        ("cycle-ploughing", Helsinki, "Snöröjning av cykelbanorna före morgonrusningen", "På vintermorgnar är cykelbanorna inte plogade."),
        ("benches", Turku, "Lisää penkkejä rantareitin varrelle", "Ikäihmiset tarvitsevat levähdyspaikkoja rantareitillä."),
        ("benches", Helsinki, "Fler bänkar längs strandpromenaden", "Äldre behöver kunna vila under promenaden."),
        ("evening-buses", Vantaa, "Bussivuoroja lisää iltaisin ja viikonloppuisin", "Iltaisin bussi kulkee vain puolen tunnin välein."),
        ("evening-buses", Tampere, "Iltaisin bussit kulkevat liian harvoin", "Viikonloppuisin bussivuoroja on liian vähän."),
        ("evening-buses", Espoo, "Tätare busstrafik på kvällar och helger", "Bussarna går för sällan på kvällarna."),
        ("digital-support", Vantaa, "Digituki kirjastoon ilman ajanvarausta", "Ikäihmiset tarvitsevat apua pankkitunnuksien kanssa."),
        ("digital-support", Oulu, "Digistöd på biblioteket utan tidsbokning", "Äldre behöver hjälp med bankkoder och e-tjänster."),
        ("summer-jobs", Helsinki, "Kesätyöseteli kaikille yhdeksäsluokkalaisille", "Seteli helpottaa nuoren ensimmäisen kesätyön saamista."),
        ("summer-jobs", Oulu, "Sommarjobbssedel till alla elever i årskurs nio", "Sedeln hjälper unga att få sitt första sommarjobb."),
        ("youth-centre", Espoo, "Nuorisotalo auki perjantai- ja lauantai-iltaisin", "Nuoret tarvitsevat paikan viikonloppuiltoina."),
        ("youth-centre", Turku, "Ungdomsgården borde hålla öppet på fredags- och lördagskvällar", "Unga behöver en trygg plats på helgkvällar."),
        ("school-speed", Tampere, "Hidasteita ja 30 km/h -rajoitus koulujen ympäristöön", "Autot ajavat liian lujaa koulun kohdalla."),
        ("school-speed", Vantaa, "Farthinder och hastighetsbegränsning 30 km/h vid skolor", "Bilarna kör för fort utanför skolan."),
        ("meadows", Helsinki, "Osa puistojen nurmikoista niityksi pölyttäjien hyväksi", "Niityt antavat hyönteisille elinympäristöjä."),
        ("meadows", Oulu, "Puistonurmikoita niityiksi pölyttäjille", "Niittäminen harvemmin säästää kuluja ja auttaa pölyttäjiä."),
        ("meadows", Turku, "Låt en del av parkgräsmattorna bli ängar för pollinerarna", "Ängar ger insekter livsmiljöer."),
        ("health-booking", Espoo, "Terveysaseman ajanvaraus helpommaksi verkossa", "Puhelinjonot terveysasemalle ovat liian pitkiä."),
        ("health-booking", Tampere, "Enklare tidsbokning till hälsostationen", "Telefonköerna till hälsostationen är för långa."),
        ("swimming-hall", Vantaa, "Uimahalli auki aikaisemmin arkiaamuisin", "Aamu-uinti ennen töitä olisi monelle tärkeä."),
        ("swimming-hall", Oulu, "Simhallen borde öppna tidigare på vardagsmorgnarna", "Många vill simma på morgonen före jobbet."),

        // Written after the word list was made, to measure on text it was not tuned for.
        ("playground", Espoo, "Leikkipuiston välineet uusittava ja puistosta esteetön", "Keinut ovat rikki eikä pyörätuolilla pääse hiekkalaatikolle."),
        ("playground", Oulu, "Esteetön leikkipuisto ja uudet leikkivälineet", "Lähileikkipuistossa ei ole yhtään esteetöntä välinettä."),
        ("elevators", Vantaa, "Hissejä vanhoihin kerrostaloihin avustuksella", "Hissin rakentaminen on taloyhtiöille liian kallista."),
        ("elevators", Tampere, "Kerrostalojen hissihankkeille lisää tukea", "Vanhoissa taloissa ikäihmiset eivät pääse portaita."),
        ("street-lights", Turku, "Katuvalot himmennettäviksi yöllä energian säästämiseksi", "Yöllä tyhjät kadut ovat täysin valaistuja."),
        ("street-lights", Helsinki, "Energiatehokkaat ja himmennettävät katuvalot", "Katuvalaistus kuluttaa paljon energiaa öisin."),
        ("wifi", Espoo, "Gratis trådlöst nätverk på biblioteken och torgen", "Alla har inte mobildata."),
        ("wifi", Oulu, "Maksuton langaton verkko kirjastoihin ja toreille", "Kaikilla ei ole mobiilidataa."),
        ("-", Vantaa, "Kirjaston kokoelmiin lisää selkokirjoja", "Selkokirjoja on liian vähän."),
        ("-", Espoo, "Koulukuljetukset turvallisemmiksi", "Koulutaksi ajaa liian lujaa."),
        ("-", Turku, "Uimarannalle pukukopit ja vessat", "Rannalla ei ole vessaa."),
        ("-", Oulu, "Talvipyöräilijöille pyöräparkki rautatieasemalle", "Asemalla ei ole katettua pyöräparkkia."),

        ("-", Helsinki, "Koirapuisto Kallion kaupunginosaan", "Koirat tarvitsevat aidatun alueen."),
        ("-", Espoo, "Skeittiparkki Leppävaaraan betonirampeilla", "Nuoret toivovat betonista skeittiparkkia."),
        ("-", Vantaa, "Kohtuuhintaisia vuokra-asuntoja keskustaan", "Vuokrat ovat nousseet liian korkeiksi."),
        ("-", Tampere, "Raitiotien linja Hervantaan tihennettävä", "Ratikka on ruuhka-aikaan täynnä."),
        ("elevators", Turku, "Hissien rakentamista vanhoihin kerrostaloihin tuettava", "Porraskäytävät ovat ikäihmisille vaikeita."),
        ("-", Oulu, "Valaistu hiihtolatu lähemmäs asuinalueita", "Talvella hiihtäminen pimeässä on vaikeaa."),
        ("wifi", Helsinki, "Maksuton langaton verkko toreille", "Torilla ei ole yleistä verkkoa."),
        ("-", Espoo, "Kaupungin lomakkeet selkokielisiksi", "Lomakkeet ovat vaikeaselkoisia."),
        ("-", Vantaa, "Invånarmöten med beslutsfattare två gånger om året", "Invånarna vill träffa politikerna."),
        ("-", Tampere, "Tyhjät liiketilat väliaikaiseen käyttöön yrittäjille", "Liiketiloja on tyhjillään."),
        ("-", Turku, "Jäähallin jäävuorot harrastajille", "Harrastajat tarvitsevat jäävuoroja."),
        ("-", Oulu, "Sorteringskärl i parkerna och på badstränderna", "Sopor hamnar i blandavfallet."),
        ("-", Helsinki, "Kirjaston lainausautomaatit uusittava", "Automaatit eivät lue kirjastokorttia."),
        ("-", Espoo, "Bussipysäkeille katokset ja istuimet", "Pysäkillä ei ole katosta."),
        ("-", Turku, "Koulujen pihoille lisää varjoisia paikkoja", "Koulupihalla ei ole varjoa."),
    ];

    [Fact]
    public void Groups_FindTheParaphrasesAcrossCities_AndKeepUnrelatedIdeasOut()
    {
        var items = Corpus.Select((c, i) => CrossCitySimilarity.Item(new Guid(i + 1, 0, 0, new byte[8]), c.City, c.Title, TextKeys.ForIndex(c.Title, c.Body))).ToList();
        var topicOf = items.Select((item, i) => (item.Id, Corpus[i].Topic)).ToDictionary(x => x.Id, x => x.Topic);
        var titleOf = items.Select((item, i) => (item.Id, Corpus[i].Title)).ToDictionary(x => x.Id, x => x.Title);

        var groups = CrossCitySimilarity.Groups(items);

        var found = new HashSet<(Guid, Guid)>();
        foreach (var group in groups)
        {
            var groupIdf = CrossCitySimilarity.Idf(items);
            output.WriteLine(string.Join(" | ", group.Select(g => titleOf[g.Id])) + " :: " + string.Join(' ', group.Skip(1).Select(g => CrossCitySimilarity.Score(group[0], g, groupIdf).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));
            foreach (var a in group)
            {
                foreach (var b in group.Where(b => b.CityId != a.CityId && a.Id.CompareTo(b.Id) < 0))
                {
                    found.Add((a.Id, b.Id));
                }
            }
        }

        var expected = new HashSet<(Guid, Guid)>();
        foreach (var a in items)
        {
            foreach (var b in items.Where(b => b.CityId != a.CityId && a.Id.CompareTo(b.Id) < 0 && topicOf[a.Id] != "-" && topicOf[a.Id] == topicOf[b.Id]))
            {
                expected.Add((a.Id, b.Id));
            }
        }

        var truePositives = found.Count(expected.Contains);
        var precision = found.Count == 0 ? 0 : (double)truePositives / found.Count;
        var recall = (double)truePositives / expected.Count;
        output.WriteLine($"pairs expected {expected.Count}, found {found.Count}, correct {truePositives}: precision {precision:P0}, recall {recall:P0}");
        foreach (var (a, b) in expected.Where(p => !found.Contains(p)))
        {
            var idf = CrossCitySimilarity.Idf(items);
            var ia = items.Single(i => i.Id == a);
            var ib = items.Single(i => i.Id == b);
            output.WriteLine($"missed ({CrossCitySimilarity.Score(ia, ib, idf):0.00}): {titleOf[a]} [{string.Join(' ', ia.TitleKeys)}] ~ {titleOf[b]} [{string.Join(' ', ib.TitleKeys)}]");
        }

        foreach (var (a, b) in found.Where(p => !expected.Contains(p)))
        {
            var idf = CrossCitySimilarity.Idf(items);
            output.WriteLine($"wrong ({CrossCitySimilarity.Score(items.Single(i => i.Id == a), items.Single(i => i.Id == b), idf):0.00}): {titleOf[a]} ~ {titleOf[b]}");
        }

        precision.ShouldBeGreaterThanOrEqualTo(0.9);
        recall.ShouldBeGreaterThanOrEqualTo(0.8);
        groups.SelectMany(g => g).ShouldAllBe(i => topicOf[i.Id] != "-", "no unrelated idea joins a group");
    }

    [Fact]
    public void Matches_ForOneIdea_FindItsParaphrasesInOtherCities_InFinnishAndSwedish()
    {
        var items = Corpus.Select((c, i) => CrossCitySimilarity.Item(new Guid(i + 1, 0, 0, new byte[8]), c.City, c.Title, TextKeys.ForIndex(c.Title, c.Body))).ToList();
        var library = items[0];
        var matches = CrossCitySimilarity.Matches(library, items.Skip(1).ToList());
        matches.Select(m => m.Item.Id).ShouldBe([items[1].Id, items[2].Id], ignoreOrder: true);
    }

    [Theory]
    [InlineData("biblioteket", "kirjastoon")]
    [InlineData("bibliotekens", "kirjastojen")]
    [InlineData("cykelbanorna", "pyöräteiden")]
    [InlineData("bänkar", "penkkejä")]
    [InlineData("kvällarna", "iltaisin")]
    public void Lexicon_MapsInflectedSwedishWords_ToTheFinnishKey(string swedish, string finnish) =>
        CivicLexicon.Canonical(TextKeys.Key(swedish)).ShouldBe(CivicLexicon.Canonical(TextKeys.Key(finnish)));
}
