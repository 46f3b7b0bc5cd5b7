using CoDesign.Application.Ideas;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Tenancy;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.EntityFrameworkCore.Tests.Ideas;

/// <summary>Search with Finnish and Swedish inflection, filters, sorts and keyset paging, on both providers.</summary>
public abstract class IdeaListTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private TestServices _services = null!;
    private City _helsinki = null!;

    /// <summary>Query → a title it must find, and a title it must not find.</summary>
    public static TheoryData<string, string, string> InflectionCorpus => new()
    {
        { "pyörätie", "Pyöräteiden kunnossapito talvella", "Kirjastojen aukioloajat iltaisin" },
        { "kirjasto", "Kirjastojen aukioloajat iltaisin", "Pyöräteiden kunnossapito talvella" },
        { "kirjastot", "Kirjastojen aukioloajat iltaisin", "Koulujen liikuntasalit iltakäyttöön" },
        { "bibliotek", "Bibliotekets öppettider på kvällarna", "Kirjastojen aukioloajat iltaisin" },
        { "öppettiderna", "Bibliotekets öppettider på kvällarna", "Cykelvägarna måste plogas tidigare" },
        { "päiväkoti", "Päiväkotien henkilöstöpula on ratkaistava", "Koulujen liikuntasalit iltakäyttöön" },
        { "koulu", "Koulujen liikuntasalit iltakäyttöön", "Päiväkotien henkilöstöpula on ratkaistava" },
        { "cykelväg", "Cykelvägarna måste plogas tidigare", "Bibliotekets öppettider på kvällarna" },
        { "bussi", "Bussivuoroja lisää iltaisin ja viikonloppuisin", "Pyöräteiden kunnossapito talvella" },
        { "nuorten kesätyö", "Nuorten kesätyöpaikat kaupungin puistoihin", "Koulujen liikuntasalit iltakäyttöön" },
        { "kesätöitä nuorille", "Nuorten kesätyöpaikat kaupungin puistoihin", "Bussivuoroja lisää iltaisin ja viikonloppuisin" },
        { "talvi pyörä", "Pyöräteiden kunnossapito talvella", "Cykelvägarna måste plogas tidigare" },
    };

    public async Task InitializeAsync()
    {
        _db = await Databases.CreateSeededAsync(provider);
        _services = TestServices.Create(_db.Provider, _db.ConnectionString);
        _helsinki = await _services.RunAsync(sp => sp.GetRequiredService<CoDesignDbContext>().Cities.AsNoTracking().SingleAsync(c => c.Slug == "helsinki"));
        using var _ = _services.Tenant.Change(_helsinki.Id, "helsinki");
        await _services.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoDesignDbContext>();
            var category = await db.Categories.OrderBy(c => c.SortOrder).FirstAsync();
            var now = DateTime.UtcNow;
            foreach (var title in InflectionCorpus.Select(r => (string)r[1]).Distinct())
            {
                var idea = IdeaManager.CreateIdea(_helsinki, category, title, title + ". Tämä on korpusidea.", title.Contains("på", StringComparison.Ordinal) || title.Contains("måste", StringComparison.Ordinal) ? "sv" : "fi", null, null, ParticipationChannel.Online, now);
                idea.Publish(now);
                db.Ideas.Add(idea);
            }

            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(InflectionCorpus))]
    public async Task Search_WithAnInflectedForm_FindsTheIdea_AndNotAnUnrelatedOne(string query, string expected, string unrelated)
    {
        var titles = await ListTitlesAsync(new IdeaListQuery { Search = query, PageSize = 100 });
        titles.ShouldContain(expected);
        titles.ShouldNotContain(unrelated);
    }

    [Theory]
    [InlineData(IdeaSort.Trending)]
    [InlineData(IdeaSort.Top)]
    [InlineData(IdeaSort.Newest)]
    [InlineData(IdeaSort.MostDiscussed)]
    [InlineData(IdeaSort.Random)]
    public async Task Paging_ThroughEverySort_VisitsEachIdeaExactlyOnce_InOrder(IdeaSort sort)
    {
        var all = await ListAllAsync(new IdeaListQuery { Sort = sort, PageSize = 100, Seed = 42 });
        var paged = new List<IdeaListItemDto>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ListPageAsync(new IdeaListQuery { Sort = sort, PageSize = 7, Seed = 42, Cursor = cursor });
            paged.AddRange(page.Items);
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 100);

        paged.Select(i => i.Id).ShouldBe(all.Select(i => i.Id));
        paged.Select(i => i.Id).Distinct().Count().ShouldBe(paged.Count);
        paged.Count.ShouldBeGreaterThan(20);
        if (sort == IdeaSort.Top)
        {
            paged.Select(i => i.VoteCount).ShouldBeInOrder(SortDirection.Descending);
        }

        if (sort == IdeaSort.Newest)
        {
            paged.Select(i => i.PublishedAt).ShouldBeInOrder(SortDirection.Descending);
        }
    }

    [Fact]
    public async Task RandomOrder_IsStableForASeed_AndDiffersBetweenSeeds()
    {
        var a1 = (await ListAllAsync(new IdeaListQuery { Sort = IdeaSort.Random, Seed = 7 })).Select(i => i.Id).ToList();
        var a2 = (await ListAllAsync(new IdeaListQuery { Sort = IdeaSort.Random, Seed = 7 })).Select(i => i.Id).ToList();
        var b = (await ListAllAsync(new IdeaListQuery { Sort = IdeaSort.Random, Seed = 8 })).Select(i => i.Id).ToList();
        a1.ShouldBe(a2);
        b.ShouldNotBe(a1);
        b.OrderBy(x => x).ShouldBe(a1.OrderBy(x => x));
    }

    [Fact]
    public async Task Filters_ByCategoryAndDistrict_ReturnOnlyMatchingIdeas()
    {
        var all = await ListAllAsync(new IdeaListQuery());
        var some = all.First(i => i.District is not null);
        var byCategory = await ListAllAsync(new IdeaListQuery { CategoryId = some.CategoryId });
        byCategory.ShouldNotBeEmpty();
        byCategory.ShouldAllBe(i => i.CategoryId == some.CategoryId);
        var byDistrict = await ListAllAsync(new IdeaListQuery { District = some.District });
        byDistrict.ShouldAllBe(i => i.District == some.District);
        var byTheme = await ListAllAsync(new IdeaListQuery { ThemeKey = some.ThemeKey });
        byTheme.ShouldAllBe(i => i.ThemeKey == some.ThemeKey);
        byTheme.Count.ShouldBeGreaterThanOrEqualTo(byCategory.Count);
    }

    [Fact]
    public async Task AnAbsurdPageSize_IsClamped()
    {
        var page = await ListPageAsync(new IdeaListQuery { PageSize = 1_000_000 });
        page.Items.Count.ShouldBeLessThanOrEqualTo(IdeaListQuery.MaxPageSize);
        page.Query.PageSize.ShouldBe(IdeaListQuery.MaxPageSize);
    }

    [Fact]
    public async Task ACursorFromElsewhere_IsRejectedWithAValidationCode()
    {
        var ex = await Should.ThrowAsync<Domain.Errors.BusinessException>(() => ListPageAsync(new IdeaListQuery { Cursor = "not-a-cursor!" }));
        ex.Code.ShouldBe("CoDesign:Validation");
    }

    private async Task<List<string>> ListTitlesAsync(IdeaListQuery query) =>
        (await ListAllAsync(query)).Select(i => i.Title).ToList();

    private async Task<List<IdeaListItemDto>> ListAllAsync(IdeaListQuery query)
    {
        var page = await ListPageAsync(query with { PageSize = IdeaListQuery.MaxPageSize });
        page.NextCursor.ShouldBeNull("the test city has fewer ideas than a page");
        return page.Items.ToList();
    }

    private async Task<IdeaListPage> ListPageAsync(IdeaListQuery query)
    {
        using var _ = _services.Tenant.Change(_helsinki.Id, "helsinki");
        return await _services.RunAsync(sp => sp.GetRequiredService<IdeaListAppService>().ListAsync(query, "fi"));
    }
}
