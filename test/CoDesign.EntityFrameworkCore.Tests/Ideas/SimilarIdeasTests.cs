using CoDesign.Application.Ideas;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Tenancy;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Ideas;

/// <summary>Paraphrased pairs (other words order, other case endings) are found; unrelated ideas are not.</summary>
public abstract class SimilarIdeasTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private TestServices _services = null!;
    private City _helsinki = null!;
    private City _espoo = null!;

    /// <summary>A new idea's title and body → the existing idea it paraphrases (stored in Helsinki).</summary>
    public static TheoryData<string, string, string> Paraphrases => new()
    {
        { "Iltaisin pidemmät aukioloajat kirjastoon", "Kirjasto menee kiinni liian aikaisin.", "Kirjastojen aukioloaikoja pidennettävä iltaisin" },
        { "Rantareitille tarvitaan enemmän penkkejä", "Vanhemmat ihmiset tarvitsevat levähdyspaikkoja.", "Lisää penkkejä rantareitin varrelle" },
        { "Strandpromenaden behöver bänkar", "Äldre behöver kunna vila under promenaden.", "Fler bänkar längs strandpromenaden" },
        { "Kaupungin puistoihin kesätöitä nuorille", "Nuoret voisivat hoitaa puistoja kesällä.", "Nuorille kesätyöpaikkoja kaupungin puistoista" },
        { "Bussit kulkevat iltaisin liian harvoin", "Iltavuoroja pitäisi lisätä.", "Bussivuoroja lisää iltaisin ja viikonloppuisin" },
        { "Pyöräteiden auraus talvella aikaisemmin", "Aamulla pyörätiet ovat lumen peitossa.", "Pyöräteiden talvikunnossapitoa parannettava" },
    };

    public static IEnumerable<string> Unrelated =>
    [
        "Koirapuisto Kallion kaupunginosaan",
        "Digituki kirjastossa ilman ajanvarausta",
        "Uimahallin kuntosalille lisää laitteita",
        "Mer belysning vid busshållplatserna",
    ];

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(provider);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);
        (_helsinki, _espoo) = await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            return (await db.Cities.AsNoTracking().SingleAsync(c => c.Slug == "helsinki"), await db.Cities.AsNoTracking().SingleAsync(c => c.Slug == "espoo"));
        });
        await AddAsync(_helsinki, Paraphrases.Select(r => (string)r[2]).Concat(Unrelated));
        await AddAsync(_espoo, ["Skeittiparkki Leppävaaraan betonirampeilla"]);
        await AddAsync(_helsinki, ["Skeittiparkin betonirampit kunnostettava"]);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public async Task Paraphrase_FindsItsPair_AndNoUnrelatedIdea(string title, string body, string expected)
    {
        var similar = await FindAsync(title, body);
        similar.ShouldContain(s => s.Title == expected && s.SameCity);
        similar.ShouldNotContain(s => Unrelated.Contains(s.Title));
        similar.Count.ShouldBeLessThanOrEqualTo(5);
    }

    [Fact]
    public async Task SameCity_ComesFirst_AndOtherCitiesAreMarked()
    {
        var similar = await FindAsync("Betonirampit skeittiparkkiin Leppävaarassa", "Skeittiparkki tarvitsee betonirampit.");
        similar.Count.ShouldBeGreaterThanOrEqualTo(2);
        similar[0].SameCity.ShouldBeTrue();
        similar[0].Title.ShouldBe("Skeittiparkin betonirampit kunnostettava");
        var espoo = similar.Single(s => s.CitySlug == "espoo");
        espoo.SameCity.ShouldBeFalse();
        espoo.CityName.ShouldBe("Espoo");
        similar.SkipWhile(s => s.SameCity).ShouldAllBe(s => !s.SameCity);
    }

    [Fact]
    public async Task UnrelatedText_FindsNothingFromTheCorpus()
    {
        var similar = await FindAsync("Jäähallin jäävuorot harrastajille", "Harrastajat tarvitsevat jäävuoroja.");
        similar.ShouldNotContain(s => Paraphrases.Select(r => (string)r[2]).Contains(s.Title));
    }

    private async Task<IReadOnlyList<SimilarIdeaDto>> FindAsync(string title, string body)
    {
        using var _ = _services.Tenant.Change(_helsinki.Id, "helsinki");
        return await _services.RunAsync(sp => sp.GetRequiredService<SimilarIdeasAppService>().FindAsync(title, body, "fi"));
    }

    private async Task AddAsync(City city, IEnumerable<string> titles)
    {
        using var _ = _services.Tenant.Change(city.Id, city.Slug);
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var category = await db.Categories.OrderBy(c => c.SortOrder).FirstAsync();
            foreach (var title in titles)
            {
                var idea = IdeaManager.CreateIdea(city, category, title, title + ".", "fi", null, null, ParticipationChannel.Online, DateTime.UtcNow);
                idea.Publish(DateTime.UtcNow);
                db.Ideas.Add(idea);
            }

            await db.SaveChangesAsync();
        });
    }
}
