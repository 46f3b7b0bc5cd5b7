using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>
/// Processes in Chromium: the list and a process page in Finnish, Swedish and English (axe, the
/// timeline as a list with the current phase marked for screen readers, without JavaScript too),
/// and a city admin building a process from a draft to a published timeline (Vantaa's admin only;
/// no other test changes Vantaa's processes).
/// </summary>
public class ProcessPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string> AllLanguages() => new() { "fi", "sv", "en" };

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public async Task ProcessListAndPage_InEveryLanguage_ShowTheTimelineAsAListWithTheCurrentPhase_NoAxeViolations(string language)
    {
        await OpenAsync(Page, WithLanguage("/espoo/processes", language));
        await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
        await Expect(Layout.Heading).ToHaveTextAsync(Texts(language).ListHeading);
        var items = Layout.Main.Locator(".process-item");
        await Expect(items).ToHaveCountAsync(2);
        await AxeAssert.NoViolationsAsync(Page);

        // The filter is a GET form: past processes only, none in the demo.
        await Layout.Main.GetByLabel(Texts(language).StateLabel).SelectOptionAsync("past");
        await Layout.Main.GetByRole(AriaRole.Button, new() { Name = Texts(language).Show }).ClickAsync();
        await Expect(Layout.Main.Locator(".process-item")).ToHaveCountAsync(0);
        await Expect(Layout.Main.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        await OpenAsync(Page, WithLanguage("/espoo/processes", language));
        await items.First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Layout.Heading).ToHaveCountAsync(1);
        var timeline = Layout.Main.GetByRole(AriaRole.Region, new() { Name = Texts(language).Timeline }).GetByRole(AriaRole.List);
        await Expect(timeline.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(5);
        var current = timeline.Locator("li[aria-current=step]");
        await Expect(current).ToHaveCountAsync(1);
        await Expect(current).ToContainTextAsync(Texts(language).IdeasPhase);
        await Expect(Layout.Main.GetByRole(AriaRole.Link, new() { Name = Texts(language).SendIdea })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/espoo/ideas/new\\?process="));
        await AxeAssert.NoViolationsAsync(Page);

        // Without JavaScript the page is the same document.
        var noJs = await NewPageAsync(javaScriptEnabled: false);
        await OpenAsync(noJs, Page.Url);
        await Expect(noJs.Locator("main li[aria-current=step]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task CityAdmin_CreatesAProcess_AddsPhases_Publishes_AndResidentsCanSendIdeasIntoIt_NoAxeViolations()
    {
        var token = Guid.NewGuid().ToString("N")[..6];
        var title = "Lähikirjaston palvelut " + token;
        await new SignInPage(Page).SignInAsync(Staff.Admin("vantaa"), Ui.Fi, "/vantaa/admin/processes");
        await Expect(Layout.Heading).ToHaveTextAsync("Prosessien hallinta");
        await AxeAssert.NoViolationsAsync(Page);

        // A refused form keeps what was typed and says what is wrong beside the field.
        var main = Layout.Main;
        await main.GetByLabel("Otsikko suomeksi").FillAsync("Lyh");
        await main.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        await Expect(main.Locator(".field-error")).ToContainTextAsync("Otsikon pituus on 5–150 merkkiä.");
        await AxeAssert.NoViolationsAsync(Page);

        await main.GetByLabel("Otsikko suomeksi").FillAsync(title);
        await main.GetByLabel("Otsikko ruotsiksi").FillAsync("Närbibliotekets tjänster " + token);
        await main.GetByLabel("Otsikko englanniksi").FillAsync("Local library services " + token);
        await main.GetByLabel("Kysymys suomeksi").FillAsync("Mitä lähikirjastossa pitäisi voida tehdä?");
        await main.GetByLabel("Kysymys ruotsiksi").FillAsync("Vad borde man kunna göra i närbiblioteket?");
        await main.GetByLabel("Kysymys englanniksi").FillAsync("What should one be able to do at the local library?");
        await main.GetByLabel("Kuvaus suomeksi (Markdown)").FillAsync("Kerro **ideasi**.");
        await main.GetByLabel("Kuvaus ruotsiksi (Markdown)").FillAsync("Berätta om din **idé**.");
        await main.GetByLabel("Kuvaus englanniksi (Markdown)").FillAsync("Tell us your **idea**.");
        await main.GetByRole(AriaRole.Button, new() { Name = "Luo luonnos" }).ClickAsync();
        await Expect(Layout.Heading).ToContainTextAsync(title);
        await Expect(main).ToContainTextAsync("Luonnos: näkyy vain henkilöstölle.");

        // A draft cannot be published without phases.
        await main.GetByRole(AriaRole.Button, new() { Name = "Julkaise prosessi" }).ClickAsync();
        await Expect(Page.Locator(".error-summary")).ToContainTextAsync("Prosessissa on oltava ainakin yksi vaihe ennen julkaisua.");

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(2));
        await AddPhaseAsync(main, "Ideointi", today.AddDays(-1), today.AddDays(14));
        await AddPhaseAsync(main, "Kannatus", today.AddDays(15), today.AddDays(30));
        await Expect(main.Locator(".phase-admin > li")).ToHaveCountAsync(2);

        // Overlapping dates are refused with a sentence in Finnish.
        await AddPhaseAsync(main, "Päätös", today.AddDays(29), today.AddDays(40));
        await Expect(Page.Locator(".error-summary")).ToContainTextAsync("Vaiheet eivät voi olla käynnissä samaan aikaan.");
        await Expect(main.Locator(".phase-admin > li")).ToHaveCountAsync(2);

        await main.GetByRole(AriaRole.Button, new() { Name = "Julkaise prosessi" }).ClickAsync();
        await Expect(main).ToContainTextAsync("Julkaistu: näkyy kaikille.");
        await AxeAssert.NoViolationsAsync(Page);
        foreach (var language in new[] { "sv", "en" })
        {
            await OpenAsync(Page, WithLanguage(new Uri(Page.Url).AbsolutePath, language));
            await Expect(Layout.Html).ToHaveAttributeAsync("lang", language);
            await AxeAssert.NoViolationsAsync(Page);
        }

        // A resident finds it open for ideas and sends one into it.
        var resident = await NewPageAsync();
        await new SignInPage(resident).SignInAsync(23, Ui.Fi, "/vantaa/processes?lang=fi");
        await resident.Locator("main").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await resident.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Lähetä idea tähän prosessiin" }).ClickAsync();
        await Expect(resident.Locator("main .notice").First).ToContainTextAsync("Prosessi: " + title);
        await AxeAssert.NoViolationsAsync(resident);
    }

    private static async Task AddPhaseAsync(ILocator main, string kind, DateOnly first, DateOnly last)
    {
        var form = main.Locator("form[aria-labelledby=add-phase-heading]");
        await form.GetByLabel("Vaiheen tyyppi").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await form.GetByLabel("Ensimmäinen päivä").FillAsync(first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Viimeinen päivä").FillAsync(last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new() { Name = "Lisää vaihe" }).ClickAsync();
    }

    private static string WithLanguage(string path, string language) => $"{path}?lang={language}";

    private static (string ListHeading, string StateLabel, string Show, string Timeline, string IdeasPhase, string SendIdea) Texts(string language) => language switch
    {
        "sv" => ("Delaktighetsprocesser", "Läge", "Visa", "Tidsplan", "Idéinsamling", "Skicka en idé till den här processen"),
        "en" => ("Participation processes", "Status", "Show", "Timeline", "Ideas", "Send an idea to this process"),
        _ => ("Osallistumisprosessit", "Tilanne", "Näytä", "Aikataulu", "Ideointi", "Lähetä idea tähän prosessiin"),
    };
}
