namespace CoDesign.Application.Seeding;

/// <summary>
/// Hand-written demo content: the shared theme taxonomy, the six cities with their own
/// districts and category names, and Finnish and Swedish idea and comment templates.
/// Idea and comment templates never name a city, so they can be reused in every city.
/// </summary>
public static class DemoContent
{
    public static IReadOnlyList<ThemeSeed> Themes { get; } =
    [
        new("mobility", new("Liikkuminen", "Mobilitet", "Mobility")),
        new("employment", new("Työllisyys ja elinkeinot", "Sysselsättning och näringsliv", "Employment and business")),
        new("education-youth", new("Kasvatus, koulutus ja nuoret", "Fostran, utbildning och unga", "Education and youth")),
        new("health-wellbeing", new("Terveys ja hyvinvointi", "Hälsa och välbefinnande", "Health and wellbeing")),
        new("environment-climate", new("Ympäristö ja ilmasto", "Miljö och klimat", "Environment and climate")),
        new("culture-leisure", new("Kulttuuri ja vapaa-aika", "Kultur och fritid", "Culture and leisure")),
        new("housing-planning", new("Asuminen ja kaupunkisuunnittelu", "Boende och stadsplanering", "Housing and urban planning")),
        new("digital-services", new("Digitaaliset palvelut ja digituki", "Digitala tjänster och digistöd", "Digital services and digital support")),
        new("safety", new("Turvallisuus", "Trygghet och säkerhet", "Safety")),
        new("participation", new("Osallisuus ja demokratia", "Delaktighet och demokrati", "Participation and democracy")),
    ];

    public static IReadOnlyList<CitySeed> Cities { get; } =
    [
        new(
            "helsinki",
            new("Helsinki", "Helsingfors", "Helsinki"),
            ["Kallio", "Kontula", "Vuosaari", "Malmi", "Herttoniemi", "Pasila", "Lauttasaari", "Itäkeskus", "Kannelmäki", "Pihlajamäki", "Maunula", "Munkkiniemi"],
            [
                new("joukkoliikenne", "mobility", new("Joukkoliikenne", "Kollektivtrafik", "Public transport")),
                new("pyoraily-ja-kavely", "mobility", new("Pyöräily ja kävely", "Cykling och gång", "Cycling and walking")),
                new("tyo-ja-yrittaminen", "employment", new("Työ ja yrittäminen", "Arbete och företagande", "Work and entrepreneurship")),
                new("kasvatus-ja-koulutus", "education-youth", new("Kasvatus ja koulutus", "Fostran och utbildning", "Education and upbringing")),
                new("sosiaali-ja-terveyspalvelut", "health-wellbeing", new("Sosiaali- ja terveyspalvelut", "Social- och hälsovårdstjänster", "Social and health services")),
                new("ymparisto-ja-ilmasto", "environment-climate", new("Ympäristö ja ilmasto", "Miljö och klimat", "Environment and climate")),
                new("kulttuuri-ja-vapaa-aika", "culture-leisure", new("Kulttuuri ja vapaa-aika", "Kultur och fritid", "Culture and leisure")),
                new("kirjastot", "culture-leisure", new("Kirjastot", "Bibliotek", "Libraries")),
                new("asiointi-ja-digituki", "digital-services", new("Asiointi ja digituki", "Ärenden och digistöd", "Customer services and digital support")),
                new("kaupunkisuunnittelu", "housing-planning", new("Kaupunkisuunnittelu ja asuminen", "Stadsplanering och boende", "Urban planning and housing")),
                new("osallistuva-budjetointi", "participation", new("Osallistuva budjetointi", "Deltagande budgetering", "Participatory budgeting")),
            ]),
        new(
            "espoo",
            new("Espoo", "Esbo", "Espoo"),
            ["Leppävaara", "Tapiola", "Espoon keskus", "Matinkylä", "Kauklahti", "Espoonlahti", "Olari", "Kivenlahti", "Soukka", "Otaniemi", "Niittykumpu"],
            [
                new("liikenne-ja-kadut", "mobility", new("Liikenne ja kadut", "Trafik och gator", "Traffic and streets")),
                new("elinvoima-ja-tyollisyys", "employment", new("Elinvoima ja työllisyys", "Livskraft och sysselsättning", "Vitality and employment")),
                new("varhaiskasvatus", "education-youth", new("Varhaiskasvatus", "Småbarnspedagogik", "Early childhood education")),
                new("opetus-ja-nuoriso", "education-youth", new("Opetus ja nuoriso", "Undervisning och ungdom", "Teaching and youth")),
                new("hyvinvointi-ja-terveys", "health-wellbeing", new("Hyvinvointi ja terveys", "Välfärd och hälsa", "Wellbeing and health")),
                new("luonto-ja-ilmasto", "environment-climate", new("Luonto ja ilmasto", "Natur och klimat", "Nature and climate")),
                new("liikunta-ja-kulttuuri", "culture-leisure", new("Liikunta ja kulttuuri", "Idrott och kultur", "Sports and culture")),
                new("digitaalinen-asiointi", "digital-services", new("Digitaalinen asiointi", "Digitala tjänster", "Digital services")),
                new("asuminen-ja-rakentaminen", "housing-planning", new("Asuminen ja rakentaminen", "Boende och byggande", "Housing and construction")),
                new("turvallisuus", "safety", new("Turvallisuus", "Trygghet", "Safety")),
            ]),
        new(
            "vantaa",
            new("Vantaa", "Vanda", "Vantaa"),
            ["Tikkurila", "Myyrmäki", "Korso", "Hakunila", "Martinlaakso", "Koivukylä", "Kivistö", "Hiekkaharju", "Länsimäki", "Simonkylä"],
            [
                new("liikkuminen", "mobility", new("Liikkuminen", "Rörlighet", "Getting around")),
                new("tyollisyyspalvelut", "employment", new("Työllisyyspalvelut", "Sysselsättningstjänster", "Employment services")),
                new("koulut-ja-oppiminen", "education-youth", new("Koulut ja oppiminen", "Skolor och lärande", "Schools and learning")),
                new("terveys-ja-hyvinvointi", "health-wellbeing", new("Terveys ja hyvinvointi", "Hälsa och välbefinnande", "Health and wellbeing")),
                new("ilmastoteot", "environment-climate", new("Ilmastoteot", "Klimatåtgärder", "Climate action")),
                new("puistot-ja-viheralueet", "environment-climate", new("Puistot ja viheralueet", "Parker och grönområden", "Parks and green areas")),
                new("vapaa-aika-ja-harrastukset", "culture-leisure", new("Vapaa-aika ja harrastukset", "Fritid och hobbyer", "Leisure and hobbies")),
                new("digituki", "digital-services", new("Digituki", "Digistöd", "Digital support")),
                new("turvallisuus-ja-viihtyisyys", "safety", new("Turvallisuus ja viihtyisyys", "Trygghet och trivsel", "Safety and comfort")),
                new("osallisuus", "participation", new("Osallisuus", "Delaktighet", "Participation")),
            ]),
        new(
            "tampere",
            new("Tampere", "Tammerfors", "Tampere"),
            ["Hervanta", "Kaleva", "Tesoma", "Lielahti", "Pispala", "Lentävänniemi", "Amuri", "Härmälä", "Linnainmaa", "Vuores", "Tammela"],
            [
                new("joukkoliikenne-ja-raitiotie", "mobility", new("Joukkoliikenne ja raitiotie", "Kollektivtrafik och spårväg", "Public transport and tram")),
                new("elinkeinot-ja-tyo", "employment", new("Elinkeinot ja työ", "Näringsliv och arbete", "Business and jobs")),
                new("lapset-ja-nuoret", "education-youth", new("Lapset ja nuoret", "Barn och unga", "Children and young people")),
                new("ikaantyneiden-palvelut", "health-wellbeing", new("Ikääntyneiden palvelut", "Tjänster för äldre", "Services for older people")),
                new("ymparisto-ja-luonto", "environment-climate", new("Ympäristö ja luonto", "Miljö och natur", "Environment and nature")),
                new("kulttuuri-ja-tapahtumat", "culture-leisure", new("Kulttuuri ja tapahtumat", "Kultur och evenemang", "Culture and events")),
                new("liikunta-ja-ulkoilu", "culture-leisure", new("Liikunta ja ulkoilu", "Motion och friluftsliv", "Sports and outdoor recreation")),
                new("sahkoinen-asiointi", "digital-services", new("Sähköinen asiointi", "Elektroniska tjänster", "E-services")),
                new("kaavoitus", "housing-planning", new("Kaavoitus", "Planläggning", "Zoning")),
                new("asukasdemokratia", "participation", new("Asukasdemokratia", "Invånardemokrati", "Resident democracy")),
            ]),
        new(
            "turku",
            new("Turku", "Åbo", "Turku"),
            ["Varissuo", "Runosmäki", "Hirvensalo", "Nummi", "Martti", "Skanssi", "Halinen", "Pansio", "Kupittaa", "Uittamo", "Vasaramäki"],
            [
                new("liikenne", "mobility", new("Liikenne", "Trafik", "Transport")),
                new("tyo-ja-elinkeinot", "employment", new("Työ ja elinkeinot", "Arbete och näringar", "Work and business")),
                new("kasvatus-ja-opetus", "education-youth", new("Kasvatus ja opetus", "Fostran och undervisning", "Education and teaching")),
                new("hyvinvointi-ja-liikunta", "health-wellbeing", new("Hyvinvointi ja liikunta", "Välmående och motion", "Wellbeing and exercise")),
                new("ymparisto", "environment-climate", new("Ympäristö", "Miljö", "Environment")),
                new("kulttuuri-ja-kirjastot", "culture-leisure", new("Kulttuuri ja kirjastot", "Kultur och bibliotek", "Culture and libraries")),
                new("asiakaspalvelu-ja-digi", "digital-services", new("Asiakaspalvelu ja digi", "Kundtjänst och digitala tjänster", "Customer service and digital")),
                new("kaupunkikehitys", "housing-planning", new("Kaupunkikehitys", "Stadsutveckling", "Urban development")),
                new("vaikuttaminen", "participation", new("Vaikuttaminen", "Påverkan", "Having your say")),
            ]),
        new(
            "oulu",
            new("Oulu", "Uleåborg", "Oulu"),
            ["Kaijonharju", "Tuira", "Kaakkuri", "Linnanmaa", "Myllyoja", "Ritaharju", "Haukipudas", "Kiiminki", "Pateniemi", "Hiukkavaara", "Toppila", "Karjasilta"],
            [
                new("liikenne-ja-talvikunnossapito", "mobility", new("Liikenne ja talvikunnossapito", "Trafik och vinterunderhåll", "Transport and winter maintenance")),
                new("pyoraily", "mobility", new("Pyöräily", "Cykling", "Cycling")),
                new("yritykset-ja-tyo", "employment", new("Yritykset ja työ", "Företag och arbete", "Business and work")),
                new("koulutus-ja-nuoriso", "education-youth", new("Koulutus ja nuoriso", "Utbildning och ungdom", "Education and youth")),
                new("hyvinvointipalvelut", "health-wellbeing", new("Hyvinvointipalvelut", "Välfärdstjänster", "Welfare services")),
                new("ilmasto-ja-ymparisto", "environment-climate", new("Ilmasto ja ympäristö", "Klimat och miljö", "Climate and environment")),
                new("kulttuuri-ja-liikunta", "culture-leisure", new("Kulttuuri ja liikunta", "Kultur och idrott", "Culture and sports")),
                new("digipalvelut", "digital-services", new("Digipalvelut", "Digitala tjänster", "Digital services")),
                new("turvallisuus", "safety", new("Turvallisuus", "Trygghet", "Safety")),
                new("asukasosallisuus", "participation", new("Asukasosallisuus", "Invånarnas delaktighet", "Resident participation")),
            ]),
    ];

    public static IReadOnlyList<IdeaTemplate> Ideas { get; } =
    [
        // ---------- Finnish ----------
        new(
            "mobility",
            "fi",
            "Pyöräteiden talvikunnossapito kuntoon ennen aamuruuhkaa",
            "Pyöräilen töihin ympäri vuoden, mutta talvella pyörätiet aurataan usein vasta autoteiden jälkeen. Aamulla seitsemältä pyörätiellä on vielä paksu lumikerros, vaikka ajorata on jo aurattu ja hiekoitettu.\n\n"
            + "Ehdotan, että tärkeimmät pyöräilyn pääreitit nostetaan samaan kunnossapitoluokkaan kuin pääkadut. Silloin yhä useampi uskaltaisi jättää auton kotiin myös pakkasella."),
        new(
            "mobility",
            "fi",
            "Kevyen liikenteen väylät aurattava aiemmin talviaamuisin",
            "Lumisina aamuina kävely- ja pyöräteillä joutuu tarpomaan sohjossa, koska aura-auto ehtii paikalle vasta puolenpäivän jälkeen. Koululaiset ja työmatkapyöräilijät liikkuvat kuitenkin jo ennen kahdeksaa.\n\n"
            + "Toivoisin, että kevyen liikenteen väylien auraus aloitettaisiin varhain aamulla ja että liukkaimmat kohdat hiekoitettaisiin samalla kierroksella. Nykyisellään moni siirtyy talveksi autoon tai bussiin."),
        new(
            "mobility",
            "fi",
            "Jalkakäytävien liukkaudentorjuntaa tehostettava kaatumisten ehkäisemiseksi",
            "Joka talvi moni ikääntynyt kaatuu liukkaalla jalkakäytävällä, ja lonkkamurtuma voi viedä loppuiän toimintakyvyn. Hiekoitus tehdään usein vasta, kun pahin liukkaus on jo ohi.\n\n"
            + "Ehdotan, että liukkaudentorjuntaa ennakoidaan sääennusteen perusteella ja että terveysasemien, apteekkien ja palvelutalojen ympäristöt hiekoitetaan ensimmäisinä. Jyrkimpien mäkien varrelle voisi lisäksi sijoittaa hiekkalaatikoita asukkaiden käyttöön."),
        new(
            "mobility",
            "fi",
            "Bussivuoroja lisättävä iltaisin ja viikonloppuisin",
            "Asuinalueeltamme kulkee arki-iltaisin bussi vain puolen tunnin välein, ja sunnuntaisin vielä harvemmin. Vuorotyötä tekevät ja harrastuksista palaavat nuoret joutuvat odottamaan pysäkillä pitkään tai pyytämään kyytiä.\n\n"
            + "Ehdotan, että iltavuoroja tihennetään ainakin kello 23:een asti. Tiheämpi vuoroväli houkuttelisi joukkoliikenteen pariin myös uusia matkustajia."),
        new(
            "mobility",
            "fi",
            "Katokset ja istuimet myös pienemmille bussipysäkeille",
            "Monella pysäkillä ei ole katosta eikä penkkiä, vaikka niitä käyttävät päivittäin iäkkäät asukkaat ja lapsiperheet. Sateessa ja tuulessa odottaminen on kurjaa, ja osa ikäihmisistä jättää asioinnin väliin, koska ei jaksa seistä.\n\n"
            + "Pysäkkikatosten lisääminen olisi pieni investointi, joka parantaisi joukkoliikenteen käytettävyyttä huomattavasti. Ensimmäisinä kannattaisi katsoa terveysaseman ja palvelutalojen lähellä olevat pysäkit."),
        new(
            "mobility",
            "fi",
            "Koulumatkoille turvallisia pyöräreittejä erillään autoliikenteestä",
            "Lapsemme pyöräilee kouluun vilkkaan kokoojakadun vartta, jossa pyöräkaista on pelkkä maalattu viiva. Aamuisin kadulla on paljon saattoliikennettä ja raskaita ajoneuvoja.\n\n"
            + "Ehdotuksia:\n"
            + "- koulujen ympäristöön korotetut suojatiet\n"
            + "- pyörätie erotetaan ajoradasta reunakivellä\n"
            + "- saattoliikenteelle oma pysähtymispaikka kauemmas koulun portista\n\n"
            + "Näin useampi vanhempi uskaltaisi päästää lapsen kouluun omin avuin."),
        new(
            "mobility",
            "fi",
            "Kaupunkipyöräkausi alkamaan aiemmin ja jatkumaan pidempään syksyllä",
            "Kaupunkipyörät ovat suosittuja, mutta kausi päättyy lokakuun lopussa, vaikka pyöräilykelit jatkuvat usein marraskuulle asti. Keväällä pyöriä saa puolestaan odottaa, vaikka kadut ovat jo sulat.\n\n"
            + "Ehdotan, että kautta pidennetään kokeiluna parilla viikolla kumpaankin suuntaan. Samalla kannattaisi selvittää, voisiko osan pyöristä varustaa nastarenkailla ja pitää käytössä koko talven."),
        new(
            "employment",
            "fi",
            "Kesätyöseteli kaikille yhdeksäsluokkalaisille",
            "Monella nuorella ei ole suhteita, joiden avulla saisi ensimmäisen kesätyöpaikan. Kesätyöseteli, jolla kaupunki tukee yritystä tai yhdistystä nuoren palkkaamisessa, madaltaa kynnystä palkata kokematon työntekijä.\n\n"
            + "Seteli pitäisi jakaa koulun kautta automaattisesti jokaiselle yhdeksäsluokkalaiselle, jotta se ei jää hakemisen vaivan takia käyttämättä. Yrityksille tarvitaan samalla selkeät ohjeet setelin käyttöön."),
        new(
            "employment",
            "fi",
            "Kaupungin kesätyöpaikkojen haku helpommaksi nuorille",
            "Kaupungin kesätyöpaikat ovat hajallaan eri sivuilla, ja moni nuori huomaa ilmoituksen vasta haun päätyttyä. Hakulomakkeissa kysytään lisäksi asioita, joihin 16-vuotiaalla ei ole vastausta.\n\n"
            + "Toivoisin yhtä selkeää hakukanavaa, jossa näkyvät kaikki nuorille sopivat kesätyöt, sekä lyhyttä ohjetta ansioluettelon tekemiseen. Koulujen opinto-ohjaajat voisivat muistuttaa hausta jo tammikuussa."),
        new(
            "employment",
            "fi",
            "Pienyrittäjille maksutonta neuvontaa yrityksen alkutaipaleelle",
            "Yrityksen perustaminen on monelle iso askel, ja ensimmäisen vuoden aikana kysymyksiä riittää verotuksesta kirjanpitoon. Neuvonta on nykyisin hajallaan, ja ajan saaminen kestää viikkoja.\n\n"
            + "Ehdotan, että kaupunki järjestää kerran viikossa avoimen yrittäjäneuvonnan kirjastossa tai asiointipisteessä ilman ajanvarausta. Paikalla voisi olla myös kokeneita yrittäjiä vapaaehtoisina mentoreina."),
        new(
            "employment",
            "fi",
            "Tyhjät liiketilat väliaikaiseen käyttöön paikallisille yrittäjille",
            "Kaupunginosan keskustassa on useita liiketiloja, jotka ovat seisoneet tyhjillään vuosia. Samaan aikaan monet käsityöläiset ja aloittavat yrittäjät etsivät edullista tilaa, jossa kokeilla liikeideaansa.\n\n"
            + "Kaupunki voisi välittää tyhjiä tiloja väliaikaiskäyttöön esimerkiksi kolmeksi kuukaudeksi kerrallaan. **Eloisa katukuva** hyödyttäisi myös alueen nykyisiä yrityksiä ja lisäisi viihtyisyyttä."),
        new(
            "employment",
            "fi",
            "Työelämän suomen kielen kursseja iltaisin työssäkäyville maahanmuuttajille",
            "Monet maahan muuttaneet käyvät töissä päivisin, joten päiväaikaan järjestettävät kielikurssit eivät sovi heille. Ilman kielitaitoa on kuitenkin vaikea edetä uralla tai vaihtaa alaa.\n\n"
            + "Iltaisin ja viikonloppuisin järjestettävät työelämän kielikurssit auttaisivat työllistymään omaa koulutusta vastaaviin tehtäviin. Kursseja voisi järjestää yhdessä alueen yritysten kanssa."),
        new(
            "education-youth",
            "fi",
            "Nuorisotalo auki myös perjantai- ja lauantai-iltaisin",
            "Kaupunginosamme nuorisotila on auki vain arki-iltaisin, ja viikonloppuisin nuoret pyörivät ostoskeskuksen edustalla, koska muuta paikkaa ei ole. Perjantai- ja lauantai-iltoina turvallinen kohtaamispaikka olisi kaikkein tärkein.\n\n"
            + "Ehdotan, että nuorisotalo pidetään auki viikonloppuiltaisin ainakin kello 22:een asti. Nuoret voisivat itse suunnitella ohjelmaa yhdessä nuoriso-ohjaajien kanssa."),
        new(
            "education-youth",
            "fi",
            "Varhaiskasvatuspaikka tarjottava läheltä kotia tai työmatkan varrelta",
            "Saimme lapsellemme päiväkotipaikan toiselta puolelta kaupunkia, vaikka kotimme lähellä on kaksi päiväkotia. Aamuisin lapsen viemiseen kuluu tunti, ja sama toistuu iltapäivällä hakiessa.\n\n"
            + "Varhaiskasvatuspaikkojen jakamisessa pitäisi painottaa enemmän perheen asuinpaikkaa ja työmatkaa. Jonotilanne kannattaisi myös näyttää perheille avoimesti, jotta he voisivat suunnitella arkeaan."),
        new(
            "education-youth",
            "fi",
            "Koulujen pihoille lisää liikuntavälineitä ja varjoisia paikkoja",
            "Monen koulun piha on pelkkää asfalttia, eikä välitunnilla ole juuri muuta tekemistä kuin seisoskella. Alkukesästä ja alkusyksystä aurinko paahtaa pihalla, eikä varjoisaa paikkaa ole yhtään.\n\n"
            + "Ehdotan, että koulupihojen kunnostukseen varataan oma määräraha, jolla hankitaan kiipeilytelineitä ja pingispöytiä sekä istutetaan puita. Iltaisin samat pihat palvelisivat myös muita asukkaita."),
        new(
            "education-youth",
            "fi",
            "Maksuton läksykerho kirjastoon alakoululaisille iltapäivisin",
            "Kaikilla lapsilla ei ole kotona ketään, joka ehtisi tai osaisi auttaa läksyissä. Erityisesti matematiikka ja suomen kieli tuottavat vaikeuksia perheissä, joiden kotikieli on jokin muu kuin suomi.\n\n"
            + "Kirjastossa voisi olla kahdesti viikossa läksykerho, jossa vapaaehtoiset opiskelijat tai eläkkeellä olevat opettajat auttavat. Kirjasto on valmiiksi tuttu ja matalan kynnyksen paikka."),
        new(
            "education-youth",
            "fi",
            "Harrastustakuu: jokaiselle lapselle maksuton harrastus koulupäivän yhteyteen",
            "Harrastukset ovat kalliita, ja kuljettaminen iltaisin on monelle perheelle hankalaa. Kun harrastus järjestetään heti koulupäivän jälkeen koulun tiloissa, siihen pääsevät kaikki.\n\n"
            + "Toivoisin, että tarjontaa kysyttäisiin suoraan oppilailta. Esimerkiksi e-urheilu, kokkaus, parkour ja bändisoitto kiinnostavat monia, jotka eivät löydä paikkaansa perinteisistä urheiluseuroista."),
        new(
            "health-wellbeing",
            "fi",
            "Terveysaseman ajanvaraus helpommaksi – puhelinjonot pois",
            "Terveysasemalle soittaessa joutuu usein jonottamaan yli puoli tuntia, ja takaisinsoittokin tulee joskus vasta seuraavana päivänä. Työssäkäyvän on hankala odottaa puhelua, jonka ajankohtaa ei tiedä.\n\n"
            + "Ehdotan, että kiireettömän ajan voisi varata verkossa suoraan kalenterista ja että takaisinsoitolle annettaisiin arvioitu kellonaika. Puhelinpalvelu jäisi silloin niille, jotka sitä eniten tarvitsevat."),
        new(
            "health-wellbeing",
            "fi",
            "Yksinäisille ikäihmisille säännöllisiä kotikäyntejä ja seuraa",
            "Moni ikääntynyt asuu yksin, ja kotihoidon käynnit ovat niin kiireisiä, ettei juttuseuraksi jää aikaa. Yksinäisyys heikentää sekä mielialaa että toimintakykyä.\n\n"
            + "Ehdotan ystäväpalvelua, jossa koulutetut vapaaehtoiset vierailevat ikäihmisten luona viikoittain ja lähtevät tarvittaessa mukaan ulkoilemaan. Kaupunki voisi koordinoida toimintaa yhdessä seurakuntien ja järjestöjen kanssa."),
        new(
            "health-wellbeing",
            "fi",
            "Ulkokuntoiluvälineitä puistoihin myös ikääntyneiden tarpeisiin",
            "Ulkokuntosalit ovat usein nuorille aikuisille suunniteltuja leuanvetotelineitä. Ikääntyneet hyötyisivät kuitenkin laitteista, joilla voi harjoitella tasapainoa ja lihasvoimaa turvallisesti.\n\n"
            + "Toivoisin, että jokaiseen suurempaan puistoon tulee kuntoilupiste, jossa on myös helppokäyttöisiä laitteita ja penkkejä levähtämiseen. Kesäaamuisin siellä voisi järjestää ohjattuja ulkojumppia."),
        new(
            "health-wellbeing",
            "fi",
            "Matalan kynnyksen mielenterveyspalveluja nuorille ilman lähetettä",
            "Nuoret joutuvat odottamaan mielenterveyspalveluihin viikkoja, ja usein ensin tarvitaan lähete. Siinä vaiheessa pieni huoli on ehtinyt kasvaa isoksi.\n\n"
            + "Ehdotan, että nuorille avataan matalan kynnyksen vastaanotto, jonne voi tulla ilman ajanvarausta tai soittaa nimettömänä. Palvelu kannattaisi sijoittaa paikkaan, jossa nuoret muutenkin liikkuvat, esimerkiksi kauppakeskukseen tai kirjaston yhteyteen."),
        new(
            "environment-climate",
            "fi",
            "Lajitteluastiat puistoihin ja uimarannoille tavallisten roskisten rinnalle",
            "Kesäisin puistojen roska-astiat täyttyvät muovipulloista, pahvista ja ruoantähteistä, jotka kaikki päätyvät samaan sekajätteeseen. Monet kävijät lajittelisivat mielellään, jos siihen olisi mahdollisuus.\n\n"
            + "Ehdotan, että vilkkaimpiin puistoihin ja uimarannoille tuodaan kokeiluna lajitteluastiat ainakin muoville, biojätteelle ja pantillisille juomapakkauksille. Kokeilun jälkeen voitaisiin arvioida, kannattaako käytäntöä laajentaa."),
        new(
            "environment-climate",
            "fi",
            "Osa puistojen nurmikoista niityksi pölyttäjien hyväksi",
            "Kaupungin puistoissa leikataan laajoja nurmialueita, joita kukaan ei käytä oleskeluun. Jos osan niistä antaisi kasvaa niityksi, hyönteisille ja linnuille syntyisi elinympäristöjä ja kunnossapitokulut pienenisivät.\n\n"
            + "Niittyjen reunaan voisi laittaa pienen kyltin, joka kertoo, miksi alue on jätetty leikkaamatta. Muuten asukkaat saattavat luulla, että hoito on unohtunut."),
        new(
            "environment-climate",
            "fi",
            "Katuvalaistus energiatehokkaaksi ja himmennettäväksi yöaikaan",
            "Katuvalaistus kuluttaa paljon sähköä, ja monin paikoin käytössä on yhä vanhoja valaisimia. Uudet LED-valaisimet kuluttavat murto-osan energiasta, ja niiden valoa voi ohjata älykkäästi.\n\n"
            + "Ehdotan, että vanhat valaisimet vaihdetaan suunnitelmallisesti ja hiljaisilla asuinkaduilla valaistusta himmennetään yöllä, kun liikettä ei ole. Kulkureittien turvallisuudesta ei silti saa tinkiä."),
        new(
            "environment-climate",
            "fi",
            "Tavaranvaihtopiste asuinalueelle kierrätyksen helpottamiseksi",
            "Kotona on paljon ehjää tavaraa, jolle ei ole käyttöä mutta jota on sääli heittää pois. Kirpputorille vieminen vie aikaa, eikä kaikilla ole autoa kierrätyskeskukseen.\n\n"
            + "Asuinalueelle voisi perustaa katetun tavaranvaihtopisteen, johon voi jättää ja josta voi ottaa maksutta esimerkiksi kirjoja, astioita ja lastenvaatteita. Vastuun siisteydestä voisi jakaa asukasyhdistyksen kanssa."),
        new(
            "culture-leisure",
            "fi",
            "Kirjastojen aukioloaikoja pidennettävä iltaisin",
            "Kirjasto sulkeutuu arkisin jo kello 19, joten työpäivän jälkeen ehtii hädin tuskin noutaa varauksensa. Opiskelijat ja etätyöntekijät kaipaisivat rauhallista työskentelypaikkaa myös myöhemmin illalla.\n\n"
            + "Ehdotan, että kirjastojen aukioloajat ulotetaan ainakin kahtena iltana viikossa kello 21:een. Omatoimikirjasto voisi olla yksi ratkaisu, jos henkilökuntaa ei riitä."),
        new(
            "culture-leisure",
            "fi",
            "Omatoimikirjasto auki myös aamuisin ja myöhään illalla",
            "Lähikirjastomme on auki vain muutamana päivänä viikossa, ja silloinkin lähinnä virka-aikaan. Omatoimikäyttö, jossa kirjastoon pääsee kirjastokortilla ja PIN-koodilla, on monessa kunnassa jo arkea.\n\n"
            + "Omatoimiaukiolo aamu seitsemästä iltakymmeneen toisi kirjaston palvelut niidenkin ulottuville, jotka tekevät pitkää päivää. Henkilökunnan neuvonta voisi keskittyä iltapäiviin, jolloin asiakkaita on eniten."),
        new(
            "culture-leisure",
            "fi",
            "Uimahallin aukiolo aikaisemmaksi arkiaamuisin ennen töitä",
            "Uimahalli avautuu arkisin vasta kello 8, mikä on liian myöhään ennen töihin lähtöä. Moni kävisi mielellään uimassa aamulla, jolloin altaat ovat muutenkin väljiä.\n\n"
            + "Ehdotan kokeilua, jossa halli avataan kahtena aamuna viikossa jo kello 6. Kävijämääriä seuraamalla nähdään nopeasti, onko aamuvuoroille kysyntää."),
        new(
            "culture-leisure",
            "fi",
            "Valaistu hiihtolatu lähemmäs asuinalueita",
            "Lähin valaistu latu on usean kilometrin päässä, joten arki-iltaisin hiihtämään pääsee käytännössä vain autolla. Lumisina talvina lähipuiston niitylle voisi helposti vetää lyhyen ladun.\n\n"
            + "Ehdotan, että puiston reunaan tehdään noin kahden kilometrin latu ja että nykyistä ulkoiluvalaistusta hyödynnetään. Samalla kannattaisi jäädyttää pieni luistelukenttä lapsille."),
        new(
            "culture-leisure",
            "fi",
            "Kesäisiä ulkokonsertteja ja elokuvailtoja lähiöiden puistoihin",
            "Kulttuuritapahtumat keskittyvät keskustaan, eikä kaikilla ole mahdollisuutta tai rahaa lähteä niihin. Kesäillan ulkoelokuva tai konsertti omassa lähipuistossa toisi asukkaat yhteen.\n\n"
            + "Tapahtumat voisi toteuttaa yhdessä paikallisten yhdistysten ja bändien kanssa, jolloin kustannukset pysyisivät kohtuullisina. Tärkeintä on, että tapahtumat ovat **maksuttomia ja esteettömiä**."),
        new(
            "culture-leisure",
            "fi",
            "Koulujen liikuntasalit maksutta nuorten käyttöön viikonloppuisin",
            "Koulujen liikuntasalit seisovat viikonloppuisin tyhjillään, vaikka nuoret etsivät paikkaa, jossa pelata salibandya tai koripalloa. Salivuorojen varaaminen on monimutkaista ja maksullista, joten nuorten oma porukka jää ilman vuoroa.\n\n"
            + "Ehdotan, että muutama salivuoro viikossa varataan nuorille maksutta. Valvojana voisi toimia nuoriso-ohjaaja tai koulutettu vapaaehtoinen."),
        new(
            "culture-leisure",
            "fi",
            "Lähileikkipuiston välineet uusittava ja puistosta tehtävä esteetön",
            "Lähileikkipuistomme keinut ja liukumäki ovat 1990-luvulta, ja osa niistä on jo suljettu rikkinäisinä. Hiekkapohja tekee puistosta lisäksi mahdottoman pyörätuolia käyttävälle lapselle tai isovanhemmalle.\n\n"
            + "Toivoisin, että puiston kunnostuksessa kuultaisiin alueen perheitä ja että mukaan tulisi ainakin esteetön keinu ja kumirouhepolku. Puistoon kaivattaisiin myös juomapistettä ja varjoisia penkkejä."),
        new(
            "digital-services",
            "fi",
            "Digituki kirjastoon myös ilman ajanvarausta",
            "Moni ikäihminen tarvitsee apua pankkitunnusten, sähköisen reseptin tai kaupungin verkkopalvelujen kanssa. Nykyisin digitukeen pitää varata aika etukäteen, mikä on kynnys juuri niille, jotka apua eniten tarvitsevat.\n\n"
            + "Ehdotan, että kirjastossa olisi kahdesti viikossa avoin digitukihetki, jonne voi tulla oman puhelimen tai tabletin kanssa. Neuvojina voisivat toimia myös koululaiset, jotka saisivat siitä työelämäkokemusta."),
        new(
            "digital-services",
            "fi",
            "Ikäihmisille henkilökohtaista apua älypuhelimen ja verkkoasioinnin käyttöön",
            "Äitini on 82-vuotias ja asuu yksin. Hän ei osaa käyttää verkkopankkia eikä varata lääkäriaikaa netissä, joten jokainen asia odottaa, kunnes ehdin käydä hänen luonaan.\n\n"
            + "Ikäihmisille tarvittaisiin henkilökohtaista digitukea, jossa opastaja tulee tarvittaessa kotiin tai palvelutaloon. Lyhyet ja kärsivälliset opastuskerrat auttaisivat paljon enemmän kuin kirjalliset ohjeet."),
        new(
            "digital-services",
            "fi",
            "Kaupungin lomakkeet selkokielisiksi ja puhelimella täytettäviksi",
            "Kaupungin sähköisissä lomakkeissa on usein virkakieltä, jota on vaikea ymmärtää, ja osa lomakkeista toimii kunnolla vain tietokoneella. Puhelimella täyttäminen katkeaa, kun liitteen lisääminen ei onnistu.\n\n"
            + "Ehdotan, että yleisimmät lomakkeet käydään läpi ja kirjoitetaan selkokielelle. Lisäksi niiden pitäisi toimia kaikilla laitteilla ja tallentaa keskeneräinen hakemus, jottei kaikkea tarvitse aloittaa alusta."),
        new(
            "digital-services",
            "fi",
            "Liikkuva asiointipiste lähiön ostoskeskukseen kerran viikossa",
            "Kun kaupungin asiointipiste siirtyi keskustaan, matka muuttui monelle ikäihmiselle liian pitkäksi. Kaikkia asioita ei voi hoitaa verkossa, ja puhelinpalvelu on ruuhkautunut.\n\n"
            + "Liikkuva asiointipiste voisi olla kerran viikossa esimerkiksi ostoskeskuksessa tai kirjastossa. Siellä voisi kysyä neuvoa, jättää hakemuksia ja saada apua sähköiseen asiointiin."),
        new(
            "digital-services",
            "fi",
            "Maksuton langaton verkko kirjastoihin, nuorisotiloihin ja toreille",
            "Kaikilla ei ole varaa rajattomaan mobiilidataan, ja esimerkiksi työnhaku ja koulutehtävät vaativat toimivan nettiyhteyden. Kaupungin tiloissa langaton verkko on usein hidas tai vaatii erillisen kirjautumisen.\n\n"
            + "Ehdotan, että kaikkiin kaupungin asiakastiloihin ja vilkkaimmille toreille rakennetaan nopea ja maksuton verkko, johon pääsee ilman rekisteröitymistä. Se olisi edullinen tapa vähentää digitaalista eriarvoisuutta."),
        new(
            "housing-planning",
            "fi",
            "Täydennysrakentamisessa säilytettävä lähimetsät ja viheryhteydet",
            "Asuinalueellemme suunnitellaan useita uusia kerrostaloja, ja kaavaluonnoksessa osa lähimetsästä on merkitty rakennettavaksi. Metsä on alueen ainoa paikka, jossa lapset voivat leikkiä luonnossa ja jossa koiraa voi ulkoiluttaa poissa kadulta.\n\n"
            + "Täydennysrakentaminen on ymmärrettävää, mutta uudet talot voisi sijoittaa nykyisille pysäköintialueille. Toivoisin myös, että asukkaille järjestetään kaavasta avoin tilaisuus ennen päätöksiä."),
        new(
            "housing-planning",
            "fi",
            "Kohtuuhintaisia vuokra-asuntoja myös keskustan tuntumaan",
            "Vuokrat ovat nousseet niin, että monet hoitajat, opettajat ja bussinkuljettajat eivät enää pysty asumaan lähellä työpaikkaansa. Pitkät työmatkat kuormittavat sekä ihmisiä että liikennettä.\n\n"
            + "Ehdotan, että jokaiselta uudelta asuinalueelta varataan selvä osuus kohtuuhintaisille vuokra-asunnoille. Näin eri tuloluokkien asukkaat sekoittuvat ja alueet pysyvät elinvoimaisina."),
        new(
            "housing-planning",
            "fi",
            "Hissien rakentamista vanhoihin kerrostaloihin tuettava nykyistä enemmän",
            "Kolmikerroksisissa taloissa asuu paljon ikääntyneitä, jotka eivät pääse portaita alas ilman apua. Ilman hissiä moni joutuu muuttamaan palvelutaloon, vaikka pärjäisi muuten kotona.\n\n"
            + "Kaupunki voisi tarjota taloyhtiöille neuvontaa hissihankkeisiin ja koota yhteen tiedon avustuksista. Jälkiasennettu hissi nostaa myös asuntojen arvoa, mikä kannattaa kertoa osakkaille."),
        new(
            "safety",
            "fi",
            "Kävelyreittien valaistusta parannettava pimeänä vuodenaikana",
            "Marraskuusta helmikuuhun koulu- ja työmatkat kuljetaan pimeässä. Asuinalueen läpi kulkevalla puistokäytävällä on useita sammuneita lamppuja, ja alikulkutunneli tuntuu illalla turvattomalta.\n\n"
            + "Ehdotan, että kävelyreittien valaistus käydään läpi asukkaiden kanssa yhteisellä iltakävelyllä. Sammuneiden valojen ilmoittamiseen tarvittaisiin myös helppo tapa, jolla saa tiedon korjauksen etenemisestä."),
        new(
            "safety",
            "fi",
            "Hidasteita ja 30 km/h -rajoitus koulujen ja päiväkotien ympäristöön",
            "Koulumme edustalla autot ajavat usein reilusti ylinopeutta, vaikka aamuisin kadun ylittää satoja lapsia. Suojatiellä on ollut useita läheltä piti -tilanteita.\n\n"
            + "Ehdotan, että koulujen ja päiväkotien lähikaduille asetetaan 30 km/h -nopeusrajoitus ja rakennetaan korotetut suojatiet. Myös nopeusnäyttötaulu muistuttaisi kuljettajia tehokkaasti."),
        new(
            "safety",
            "fi",
            "Asukkaiden turvakävelyt ja naapuriapu yhteisöllisyyden tueksi",
            "Alueellamme on viime aikoina ollut ilkivaltaa ja autoihin murtautumisia, mikä on lisännyt asukkaiden huolta. Pelkkä vartiointi ei ratkaise asiaa, mutta aktiiviset naapurit luovat turvallisuuden tunnetta.\n\n"
            + "Kaupunki voisi tukea asukasyhdistyksiä iltakävelyjen ja naapuriapuverkostojen järjestämisessä sekä kouluttaa vapaaehtoisia yhdessä poliisin kanssa. Samalla kannattaisi kartoittaa paikat, joissa valaistus tai näkyvyys on huono."),
        new(
            "participation",
            "fi",
            "Osallistuvan budjetoinnin äänestykseen mahdollisuus myös paperilla",
            "Osallistuvan budjetoinnin äänestys on kokonaan verkossa, jolloin osa ikäihmisistä ja maahan muuttaneista jää sen ulkopuolelle. Moni ei myöskään tiedä, että äänestys on käynnissä.\n\n"
            + "Ehdotan, että äänestää voisi myös paperilomakkeella kirjastoissa ja asiointipisteissä. Lisäksi ehdotuksista tarvittaisiin lyhyet esittelyt selkokielellä ja yleisimmillä vieraskielillä."),
        new(
            "participation",
            "fi",
            "Kaupunginosan asukasiltoja päättäjien ja virkamiesten kanssa",
            "Asukkailla on paljon tietoa oman alueensa arjesta, mutta sen välittäminen päättäjille on vaikeaa. Palautteet katoavat järjestelmiin, eikä niihin saa vastausta.\n\n"
            + "Ehdotan, että jokaisessa kaupunginosassa järjestetään kahdesti vuodessa asukasilta, jossa luottamushenkilöt ja virkamiehet kertovat ajankohtaisista hankkeista ja kuuntelevat asukkaita. Illasta julkaistaan muistio, jossa kerrotaan, mitä ehdotuksille tehdään."),
        new(
            "participation",
            "fi",
            "Nuorisovaltuuston aloitteisiin vastattava kolmen kuukauden kuluessa",
            "Nuorisovaltuusto tekee hyviä aloitteita, mutta vastausta voi joutua odottamaan puoli vuotta tai kauemmin. Nuoret kokevat, ettei heidän työtään oteta vakavasti, ja innostus hiipuu.\n\n"
            + "Ehdotan, että nuorisovaltuuston aloitteille asetetaan selvä käsittelyaika ja että vastauksessa kerrotaan perustelut ymmärrettävästi. Nuorisovaltuutetuilla pitäisi myös olla puhe- ja läsnäolo-oikeus lautakunnissa."),

        // ---------- Swedish ----------
        new(
            "mobility",
            "sv",
            "Snöröjningen av cykelbanorna måste ske före morgonrusningen",
            "Jag cyklar till jobbet året runt, men på vintern plogas cykelbanorna ofta först efter bilvägarna. Klockan sju på morgonen ligger det fortfarande ett tjockt snötäcke på cykelbanan, medan körbanan redan är plogad och sandad.\n\n"
            + "Jag föreslår att de viktigaste cykelstråken får samma underhållsklass som huvudgatorna. Då skulle fler våga lämna bilen hemma även när det är kallt."),
        new(
            "mobility",
            "sv",
            "Prioritera plogning av gång- och cykelvägar tidigt på morgonen",
            "När det har snöat under natten får man pulsa i snömodd på gång- och cykelvägarna, eftersom plogbilen kommer först fram emot lunch. Skolbarn och pendlare är ute redan före åtta.\n\n"
            + "Det vore rimligt att plogningen av gång- och cykelvägar börjar tidigt på morgonen och att de halaste partierna sandas på samma runda. I dag väljer många att ta bilen eller bussen hela vintern."),
        new(
            "mobility",
            "sv",
            "Tätare busstrafik på kvällar och helger",
            "Från vårt bostadsområde går bussen bara varje halvtimme på vardagskvällar och ännu mer sällan på söndagar. Den som jobbar skift och ungdomar som är på väg hem från sina fritidsaktiviteter får vänta länge eller be om skjuts.\n\n"
            + "Jag föreslår att kvällsturerna blir tätare åtminstone fram till klockan 23. Tätare turer skulle också locka nya resenärer till kollektivtrafiken."),
        new(
            "mobility",
            "sv",
            "Väderskydd och sittplatser vid fler busshållplatser",
            "Många hållplatser saknar både väderskydd och bänk, trots att äldre och barnfamiljer använder dem varje dag. Att vänta i regn och blåst är inte roligt, och en del äldre låter bli att uträtta ärenden för att de inte orkar stå.\n\n"
            + "Fler väderskydd vore en liten investering som skulle göra kollektivtrafiken mycket mer användbar. Man kunde börja med hållplatserna nära hälsostationen och servicehusen."),
        new(
            "mobility",
            "sv",
            "Säkra cykelvägar till skolan, åtskilda från biltrafiken",
            "Vårt barn cyklar till skolan längs en livlig matargata där cykelfältet bara är en målad linje. På morgnarna är det mycket skjutstrafik och tunga fordon.\n\n"
            + "Förslag:\n"
            + "- upphöjda övergångsställen vid skolorna\n"
            + "- kantsten mellan cykelbanan och körbanan\n"
            + "- en egen avlämningsplats för föräldrar en bit från skolgården\n\n"
            + "Då skulle fler föräldrar våga låta barnen ta sig till skolan på egen hand."),
        new(
            "employment",
            "sv",
            "Sommarjobbssedel till alla elever i årskurs nio",
            "Många unga saknar kontakter som kan hjälpa dem att få sitt första sommarjobb. En sommarjobbssedel, där staden stöder företag eller föreningar som anställer en ung person, sänker tröskeln att anställa någon utan erfarenhet.\n\n"
            + "Sedeln borde delas ut automatiskt via skolan till varje elev i årskurs nio, så att den inte blir oanvänd bara för att ansökan känns krånglig. Företagen behöver samtidigt tydliga anvisningar om hur sedeln används."),
        new(
            "employment",
            "sv",
            "Gratis rådgivning för nya småföretagare i stadsdelen",
            "Att starta företag är ett stort steg, och under det första året dyker det upp frågor om allt från skatter till bokföring. Rådgivningen är i dag splittrad, och det tar veckor att få en tid.\n\n"
            + "Jag föreslår att staden ordnar en öppen företagsrådgivning en gång i veckan på biblioteket eller servicepunkten, utan tidsbokning. Erfarna företagare kunde också ställa upp som frivilliga mentorer."),
        new(
            "employment",
            "sv",
            "Kvällskurser i arbetslivsfinska för inflyttade som redan arbetar",
            "Många som har flyttat hit från andra länder arbetar på dagarna, och därför passar språkkurser på dagtid inte dem. Utan språkkunskaper är det ändå svårt att avancera i karriären eller byta bransch.\n\n"
            + "Kurser i arbetslivsfinska och arbetslivssvenska på kvällar och helger skulle hjälpa fler att få jobb som motsvarar deras utbildning. Kurserna kunde ordnas tillsammans med företagen i området."),
        new(
            "education-youth",
            "sv",
            "Småbarnspedagogik på svenska närmare hemmet",
            "Vi fick en plats i svenskspråkig småbarnspedagogik på andra sidan staden, trots att vi bor i en stor stadsdel med många tvåspråkiga familjer. Varje morgon går det åt en timme till att skjutsa barnet, och samma sak på eftermiddagen.\n\n"
            + "Staden borde kartlägga behovet av svenskspråkiga daghemsplatser per område och öppna åtminstone en svensk grupp i de större stadsdelarna. Det skulle också underlätta barnens väg till svensk skola."),
        new(
            "education-youth",
            "sv",
            "Ungdomsgården borde hålla öppet på fredags- och lördagskvällar",
            "Ungdomsgården i vår stadsdel är bara öppen på vardagskvällar, och på helgerna hänger ungdomarna utanför köpcentret eftersom det inte finns någon annanstans att vara. Just fredags- och lördagskvällar är när en trygg mötesplats behövs mest.\n\n"
            + "Jag föreslår att ungdomsgården håller öppet åtminstone till klockan 22 på helgkvällarna. Ungdomarna kunde själva planera programmet tillsammans med ungdomsledarna."),
        new(
            "education-youth",
            "sv",
            "Läxhjälp på biblioteket för lågstadieelever",
            "Alla barn har inte någon hemma som hinner eller kan hjälpa till med läxorna. Särskilt matematik och språk kan vara svåra i familjer där hemspråket är ett annat.\n\n"
            + "Biblioteket kunde ordna läxhjälp två gånger i veckan, där frivilliga studerande eller pensionerade lärare hjälper till. Biblioteket är redan en bekant plats med låg tröskel, och där finns både lugn och material."),
        new(
            "education-youth",
            "sv",
            "Fler lekredskap och skuggiga platser på skolgårdarna",
            "Många skolgårdar består bara av asfalt, och på rasterna finns det inte mycket annat att göra än att stå och vänta. På försommaren och i början av hösten gassar solen utan att det finns en enda skuggig plats.\n\n"
            + "Jag föreslår ett särskilt anslag för att rusta upp skolgårdarna med klätterställningar, pingisbord och nya träd. På kvällarna skulle samma gårdar också glädja andra invånare i området."),
        new(
            "health-wellbeing",
            "sv",
            "Enklare tidsbokning till hälsostationen – slut på telefonköerna",
            "När man ringer hälsostationen får man ofta köa i över en halvtimme, och ibland kommer återuppringningen först nästa dag. För den som arbetar är det svårt att vänta på ett samtal som inte går att planera.\n\n"
            + "Jag föreslår att man kan boka icke-brådskande tider direkt i en kalender på nätet och att återuppringningen får ett ungefärligt klockslag. Telefontjänsten skulle då räcka till för dem som behöver den mest."),
        new(
            "health-wellbeing",
            "sv",
            "Besöksvänner och regelbundet sällskap för ensamma äldre",
            "Många äldre bor ensamma, och hemvårdens besök är så korta att det inte finns tid för ett samtal. Ensamheten påverkar både humöret och den fysiska funktionsförmågan.\n\n"
            + "Jag föreslår en vänverksamhet där utbildade frivilliga besöker äldre varje vecka och vid behov följer med ut på promenad. Staden kunde samordna verksamheten tillsammans med församlingarna och organisationerna."),
        new(
            "health-wellbeing",
            "sv",
            "Utegym i parkerna som också passar äldre motionärer",
            "Utegymmen består ofta av chinsräcken som är gjorda för unga vuxna. Äldre skulle ändå ha stor nytta av redskap där man tryggt kan träna balans och muskelstyrka.\n\n"
            + "Jag hoppas att varje större park får en motionsplats med lättanvända redskap och bänkar att vila på. På sommarmorgnarna kunde man ordna ledd gympa utomhus."),
        new(
            "environment-climate",
            "sv",
            "Sorteringskärl i parkerna och på badstränderna",
            "På sommaren fylls parkernas soptunnor med plastflaskor, kartong och matrester som alla hamnar i blandavfallet. Många besökare skulle gärna sortera om det bara var möjligt.\n\n"
            + "Jag föreslår att man på försök ställer ut sorteringskärl för plast, bioavfall och pantflaskor i de mest besökta parkerna och på badstränderna. Efter försöket kan man utvärdera om det lönar sig att utvidga systemet."),
        new(
            "environment-climate",
            "sv",
            "Låt en del av parkgräsmattorna bli ängar för pollinerarna",
            "I stadens parker klipps stora gräsytor som ingen använder för att vistas på. Om en del av dem fick växa till ängar skulle insekter och fåglar få nya livsmiljöer, samtidigt som skötselkostnaderna minskar.\n\n"
            + "Vid ängarna kunde man sätta upp en liten skylt som berättar varför området inte klipps. Annars kan invånarna tro att skötseln har glömts bort."),
        new(
            "environment-climate",
            "sv",
            "Bytesstation för begagnade saker i bostadsområdet",
            "Hemma finns mycket hela saker som ingen behöver men som det känns synd att slänga. Att sälja på loppis tar tid, och alla har inte bil för att åka till återvinningscentralen.\n\n"
            + "I bostadsområdet kunde man inrätta en täckt bytesstation där man gratis kan lämna och hämta till exempel böcker, porslin och barnkläder. Ansvaret för städningen kunde delas med invånarföreningen."),
        new(
            "culture-leisure",
            "sv",
            "Bibliotekets öppettider borde förlängas på kvällarna",
            "Biblioteket stänger redan klockan 19 på vardagar, och efter arbetsdagen hinner man knappt hämta sina reservationer. Studerande och distansarbetare skulle också behöva en lugn plats att arbeta på senare på kvällen.\n\n"
            + "Jag föreslår att bibliotekens öppettider förlängs till klockan 21 åtminstone två kvällar i veckan. Ett meröppet bibliotek kunde vara en lösning om personalen inte räcker till."),
        new(
            "culture-leisure",
            "sv",
            "Fler bänkar längs strandpromenaden",
            "Strandpromenaden är en av de mest använda platserna i stadsdelen, men mellan bänkarna kan det vara nästan en kilometer. För många äldre och för dem som går med rollator blir sträckan för lång utan vilopaus.\n\n"
            + "Jag föreslår att det ställs ut bänkar med rygg- och armstöd ungefär var tvåhundrade meter. Några av dem kunde placeras i skuggan under träden."),
        new(
            "culture-leisure",
            "sv",
            "Sittplatser med jämna mellanrum längs promenadstråken",
            "Min mamma promenerar gärna vid vattnet, men hon orkar inte gå långt utan att sätta sig och vila. Längs promenadstråken finns det långa avsnitt utan en enda sittplats.\n\n"
            + "Fler bänkar med jämna mellanrum skulle göra det möjligt för äldre att röra sig ute på egen hand. Det är en billig åtgärd som främjar både hälsan och livskvaliteten."),
        new(
            "culture-leisure",
            "sv",
            "Simhallen borde öppna tidigare på vardagsmorgnarna",
            "Simhallen öppnar först klockan åtta på vardagar, vilket är för sent för den som ska till jobbet. Många skulle gärna simma på morgonen när bassängerna ändå är lugna.\n\n"
            + "Jag föreslår ett försök där hallen öppnar redan klockan sex två morgnar i veckan. Genom att följa besöksantalet ser man snabbt om det finns efterfrågan."),
        new(
            "culture-leisure",
            "sv",
            "Gratis sommarkonserter och utebio i förortsparkerna",
            "Kulturevenemangen är koncentrerade till centrum, och alla har inte möjlighet eller råd att ta sig dit. En utebio eller konsert en sommarkväll i den egna parken skulle föra invånarna samman.\n\n"
            + "Evenemangen kunde ordnas tillsammans med lokala föreningar och band så att kostnaderna hålls rimliga. Det viktigaste är att de är **gratis och tillgängliga** för alla."),
        new(
            "digital-services",
            "sv",
            "Digistöd på biblioteket även utan tidsbokning",
            "Många äldre behöver hjälp med bankkoder, e-recept eller stadens e-tjänster. I dag måste man boka tid till digistödet i förväg, vilket är en tröskel just för dem som behöver hjälpen mest.\n\n"
            + "Jag föreslår att biblioteket har en öppen digistödsstund två gånger i veckan, dit man kan komma med sin egen telefon eller surfplatta. Skolelever kunde också fungera som handledare och samtidigt få arbetslivserfarenhet."),
        new(
            "digital-services",
            "sv",
            "Mobil servicepunkt i förortens köpcentrum en gång i veckan",
            "När stadens servicepunkt flyttade till centrum blev resan för lång för många äldre. Alla ärenden går inte att sköta på nätet, och telefontjänsten är överbelastad.\n\n"
            + "En mobil servicepunkt kunde finnas i köpcentret eller på biblioteket en dag i veckan. Där kunde man få råd, lämna in ansökningar och få hjälp med e-tjänsterna. Det är viktigt att personalen kan betjäna både på finska och på svenska."),
        new(
            "digital-services",
            "sv",
            "Stadens e-tjänster måste fungera lika bra på svenska",
            "Många av stadens e-tjänster finns bara delvis på svenska. Ett formulär kan börja på svenska men övergå till finska mitt i, och bekräftelsemejlen kommer ofta bara på finska.\n\n"
            + "Jag föreslår att alla e-tjänster granskas ur ett språkperspektiv innan de tas i bruk. Svenskspråkiga invånare har rätt till service på sitt eget språk, även digitalt."),
        new(
            "housing-planning",
            "sv",
            "Närskogarna och grönstråken måste bevaras vid kompletteringsbyggande",
            "I vårt bostadsområde planeras flera nya flervåningshus, och i planutkastet har en del av närskogen markerats för byggande. Skogen är områdets enda plats där barnen kan leka i naturen och där man kan rasta hunden en bit från gatan.\n\n"
            + "Kompletteringsbyggande är förståeligt, men de nya husen kunde placeras på de nuvarande parkeringsplatserna. Jag önskar också att invånarna bjuds in till ett öppet möte om planen innan besluten fattas."),
        new(
            "safety",
            "sv",
            "Bättre belysning längs gångvägarna under den mörka årstiden",
            "Från november till februari går man till skolan och jobbet i mörker. På parkvägen genom området har flera lampor slocknat, och gångtunneln känns otrygg på kvällen.\n\n"
            + "Jag föreslår att belysningen längs gångvägarna gås igenom under en kvällspromenad tillsammans med invånarna. Det behövs också ett enkelt sätt att anmäla trasiga lampor och få besked om när de lagas."),
        new(
            "safety",
            "sv",
            "Farthinder och hastighetsbegränsning 30 km/h vid skolor och daghem",
            "Utanför vår skola kör bilarna ofta alldeles för fort, trots att hundratals barn korsar gatan varje morgon. Vid övergångsstället har det redan varit flera situationer som var nära ögat.\n\n"
            + "Jag föreslår att gatorna närmast skolor och daghem får hastighetsbegränsningen 30 km/h och upphöjda övergångsställen. En hastighetsdisplay skulle också effektivt påminna förarna."),
        new(
            "participation",
            "sv",
            "Möjlighet att rösta på papper i den deltagande budgeteringen",
            "Omröstningen i den deltagande budgeteringen sker helt på nätet, och då hamnar en del äldre och personer med ett annat modersmål utanför. Många vet inte heller att omröstningen pågår.\n\n"
            + "Jag föreslår att man också kan rösta med en pappersblankett på biblioteken och servicepunkterna. Dessutom behövs korta presentationer av förslagen på lättläst svenska."),
        new(
            "participation",
            "sv",
            "Invånarmöten med beslutsfattare i stadsdelen två gånger om året",
            "Invånarna vet mycket om vardagen i sitt område, men det är svårt att föra den kunskapen vidare till beslutsfattarna. Responsen försvinner i olika system och blir ofta obesvarad.\n\n"
            + "Jag föreslår att varje stadsdel får ett invånarmöte två gånger om året, där förtroendevalda och tjänstemän berättar om aktuella projekt och lyssnar på invånarna. Efteråt publiceras ett protokoll med uppgift om vad som händer med förslagen."),
    ];

    /// <summary>What the city's official answers when moving a demo idea to a status (Finnish and Swedish).</summary>
    public static IReadOnlyDictionary<Domain.Ideas.IdeaStatus, Names> Responses { get; } = new Dictionary<Domain.Ideas.IdeaStatus, Names>
    {
        [Domain.Ideas.IdeaStatus.UnderReview] = new("Kiitos ehdotuksesta. Selvitämme asiaa yhdessä vastuualueen kanssa ja kerromme tuloksista tällä sivulla.", "Tack för förslaget. Vi utreder saken tillsammans med det ansvariga området och berättar om resultatet på den här sidan.", "Thank you. We are looking into this with the responsible unit."),
        [Domain.Ideas.IdeaStatus.Accepted] = new("Ehdotus on hyväksytty toteutettavaksi. Toteutus aikataulutetaan ensi vuoden suunnitelmaan.", "Förslaget har godkänts. Genomförandet tidsätts i nästa års plan.", "The proposal has been accepted and will be scheduled in next year's plan."),
        [Domain.Ideas.IdeaStatus.InProgress] = new("Työ on käynnissä. Ensimmäiset muutokset näkyvät alueella lähiviikkoina.", "Arbetet pågår. De första ändringarna syns i området inom de närmaste veckorna.", "Work is in progress."),
        [Domain.Ideas.IdeaStatus.Implemented] = new("Ehdotus on toteutettu. Kiitos kaikille, jotka kannattivat ja kommentoivat!", "Förslaget har genomförts. Tack till alla som stödde och kommenterade!", "The proposal has been implemented."),
        [Domain.Ideas.IdeaStatus.NotPursued] = new("Ehdotusta ei voida toteuttaa tällä hetkellä, koska siihen ei ole varattu määrärahaa. Asia otetaan uudelleen esiin seuraavassa talousarviossa.", "Förslaget kan inte genomföras just nu eftersom det saknas anslag. Frågan tas upp igen i nästa budget.", "The proposal cannot be carried out now because there is no funding."),
    };

    public static IReadOnlyList<CommentTemplate> Comments { get; } =
    [
        // ---------- Finnish ----------
        new("fi", "Kannatan! Sama ongelma on myös meidän asuinalueellamme."),
        new("fi", "Erinomainen ehdotus. Tämä helpottaisi arkea erityisesti lapsiperheissä."),
        new("fi", "Hyvä ajatus, mutta kuka tämän maksaa? Kaupungin talous on jo valmiiksi tiukalla."),
        new("fi", "Olen samaa mieltä. Kävin viime viikolla kysymässä asiasta, eikä kukaan osannut vastata."),
        new("fi", "Tätä on toivottu vuosia. Toivottavasti asia etenee nyt vihdoin päätöksiin asti."),
        new("fi", "Kannatan ajatusta, mutta toteutus pitäisi suunnitella yhdessä asukkaiden kanssa."),
        new("fi", "En ole varma, onko tämä oikea painopiste. Rahat kannattaisi mielestäni käyttää ensin koulujen korjauksiin."),
        new("fi", "Meillä kokeiltiin jotain vastaavaa pari vuotta sitten, ja kokemukset olivat hyviä. Miksi kokeilu lopetettiin?"),
        new("fi", "Lisäisin vielä esteettömyyden: rollaattorin tai lastenvaunujen kanssa liikkuvat unohtuvat usein."),
        new("fi", "Hyvä idea! Voisiko tätä kokeilla ensin yhdessä kaupunginosassa ja laajentaa sitten, jos se toimii?"),
        new("fi", "Ikäihmisenä tiedän, kuinka tärkeä asia tämä on. Kiitos, että joku nosti sen esiin."),
        new("fi", "Vastustan. Tämä lisäisi melua ja häiriöitä asuinalueella etenkin iltaisin."),
        new("fi", "Kannatan lämpimästi. Pyöräilen päivittäin, ja talvella tilanne on todella huono."),
        new("fi", "Tärkeä asia, mutta ehdotus jää aika yleiselle tasolle. Mitkä paikat pitäisi korjata ensin?"),
        new("fi", "Sama toive on esitetty aiemminkin. Olisi hyvä kuulla, mitä kaupunki silloin vastasi."),
        new("fi", "Nuorena asukkaana olen täysin samaa mieltä. Meille ei ole tarpeeksi paikkoja, joissa voi viettää aikaa ilman rahaa."),
        new("fi", "Kannattaa muistaa myös ne, joilla ei ole älypuhelinta. Paperinen vaihtoehto on yhä tarpeen."),
        new("fi", "Loistava ehdotus! Olen valmis osallistumaan vapaaehtoisena, jos tällainen toiminta käynnistyy."),
        new("fi", "Ymmärrän tarpeen, mutta ylläpito maksaa joka vuosi. Kuka vastaa siitä, että tämä pysyy kunnossa?"),
        new("fi", "Tämä koskee myös pienempiä taajamia eikä vain keskustan lähellä olevia alueita."),
        new("fi", "Olen eri mieltä. Nykyinen järjestely toimii minusta ihan hyvin, eikä sitä kannata muuttaa."),
        new("fi", "Kannatan! Lapseni koulumatka kulkee juuri tällaisen paikan kautta, ja olen huolissani joka aamu."),
        new("fi", "Vastaavia ratkaisuja on jo muualla Suomessa, joten pyörää ei tarvitse keksiä uudelleen."),
        new("fi", "Ehdotuksessa on hyvä ajatus, mutta muotoilisin sen konkreettisemmaksi, jotta siitä on helpompi äänestää."),
        new("fi", "Tämä hyödyttäisi myös alueen yrityksiä, kun ihmisiä liikkuisi enemmän."),
        new("fi", "Kiitos ehdotuksesta. Asiasta keskusteltiin myös asukasyhdistyksen kokouksessa, ja sille oli laaja tuki."),
        new("fi", "Kyllä! Samalla voisi korjata ne rikkinäiset penkit, jotka ovat olleet huonossa kunnossa jo pitkään."),
        new("fi", "Toivoisin, että ehdotuksessa otettaisiin huomioon myös ruotsinkieliset ja muita kieliä puhuvat asukkaat."),
        new("fi", "En kannata. Tämä siirtäisi ongelman vain toiselle alueelle eikä ratkaisisi sitä."),
        new("fi", "Olen työskennellyt alalla kymmenen vuotta, ja voin vahvistaa, että tarve on todellinen."),
        new("fi", "Äänestin tätä. Pienellä rahalla saataisiin paljon hyvää aikaan."),
        new("fi", "Hyvä avaus! Olisi kiinnostavaa tietää, paljonko tämä maksaisi nykytilanteeseen verrattuna."),
        new("fi", "Sama asia on jo toisessa ehdotuksessa. Voisiko nämä yhdistää, jotteivät äänet hajoa?"),
        new("fi", "Asun aivan lähellä ja näen päivittäin, miten tarpeellinen tämä olisi. Toivottavasti kaupunki tarttuu asiaan."),

        // ---------- Swedish ----------
        new("sv", "Bra förslag, men vem ska betala?"),
        new("sv", "Håller helt med! Samma problem finns i vår stadsdel."),
        new("sv", "Det här har vi väntat på länge. Hoppas att det nu äntligen blir verklighet."),
        new("sv", "Bra idé, men den borde planeras tillsammans med dem som bor i området."),
        new("sv", "Jag är inte övertygad. Pengarna borde i första hand gå till att renovera skolorna."),
        new("sv", "Som pensionär vet jag hur viktigt det här är. Tack för att någon lyfte fram frågan!"),
        new("sv", "Tänk också på tillgängligheten, till exempel för dem som går med rollator eller barnvagn."),
        new("sv", "Kunde man först pröva det här i en stadsdel och sedan utvidga om det fungerar?"),
        new("sv", "Jag röstade för. Med små medel kunde man åstadkomma mycket."),
        new("sv", "Samma sak finns redan i ett annat förslag. Kunde de slås ihop så att rösterna inte splittras?"),
        new("sv", "Jag är emot förslaget. Det skulle öka bullret i området, särskilt på kvällarna."),
        new("sv", "Viktigt att tjänsten också fungerar på svenska, både på plats och på nätet."),
        new("sv", "Jag ställer gärna upp som frivillig om det här kommer i gång."),
        new("sv", "Vem ansvarar för underhållet efteråt? Det måste finnas en plan för det också."),
        new("sv", "Vi provade något liknande för några år sedan och erfarenheterna var goda. Varför avslutades försöket?"),
        new("sv", "Utmärkt! Mina barn cyklar just den vägen varje morgon, och det är verkligen otryggt."),
        new("sv", "Förslaget är bra men lite allmänt formulerat. Vilka platser borde åtgärdas först?"),
        new("sv", "Det här skulle också gynna de lokala företagen när fler rör sig i området."),
    ];
}
