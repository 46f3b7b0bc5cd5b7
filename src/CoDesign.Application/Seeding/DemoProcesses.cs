using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Processes;
using CoDesign.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Seeding;

/// <summary>
/// Two demo processes per city, dated from today: one taking ideas now (support, decision and
/// delivery to follow) and one in co-creation (its ideas and support phases behind it).
/// </summary>
internal static class DemoProcesses
{
    public static readonly ProcessTemplate OpenForIdeas = new(
        "mobility",
        new("Turvallisempi koulumatka", "Tryggare skolväg", "A safer way to school"),
        new("Miten lasten koulumatkoista tehdään turvallisempia?", "Hur kan barnens skolvägar bli tryggare?", "How can children's way to school be made safer?"),
        new(
            "Kaupunki kerää ideoita koulumatkojen turvallisuudesta: suojatiet, valaistus, pyöräpysäköinti ja saattoliikenne. **Lähetä ideasi** ideointivaiheessa; parhaat jatkavat kannatukseen ja yhteiskehittämiseen.",
            "Staden samlar idéer om trygga skolvägar: övergångsställen, belysning, cykelparkering och skjutsar. **Skicka din idé** under idéskedet; de bästa går vidare till prioritering och samskapande.",
            "The city is collecting ideas on safe ways to school: crossings, lighting, bike parking and drop-offs. **Send your idea** in the ideas phase; the best go on to prioritising and co-creation."));

    public static readonly ProcessTemplate InCoCreation = new(
        "culture-leisure",
        new("Kirjastot iltaisin ja viikonloppuisin", "Biblioteken på kvällar och veckoslut", "Libraries in the evenings and at weekends"),
        new("Mitä kirjastossa pitäisi voida tehdä iltaisin?", "Vad borde man kunna göra på biblioteket på kvällarna?", "What should people be able to do at the library in the evenings?"),
        new(
            "Ideoita kerättiin ja kannatettiin keväällä. Nyt kirjastojen henkilökunta ja asukkaat kehittävät niistä suunnitelmia yhdessä työpajoissa. Päätös tehdään yhteiskehittämisen jälkeen.",
            "Idéer samlades och stöddes i våras. Nu utvecklar bibliotekens personal och invånarna planer av dem tillsammans i verkstäder. Beslutet fattas efter samskapandet.",
            "Ideas were collected and supported in spring. Now library staff and residents develop plans from them together in workshops. The decision follows co-creation."));

    public static async Task SeedAsync(ICoDesignDbContext db, City city, IReadOnlyList<string> districts, DateTime now, CancellationToken cancellationToken)
    {
        var categories = await (from c in db.Categories
                                join t in db.Themes on c.ThemeId equals t.Id
                                select new { c.Id, t.Key }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var today = HelsinkiTime.DateOf(now);
        DateTime Day(int offset) => HelsinkiTime.StartOfDayUtc(today.AddDays(offset));

        Add(OpenForIdeas, districts.Take(2), now.AddDays(-20),
            (PhaseKind.Info, Day(-20), Day(-10)), (PhaseKind.Ideas, Day(-10), Day(21)), (PhaseKind.Prioritise, Day(21), Day(42)),
            (PhaseKind.Decide, Day(42), Day(70)), (PhaseKind.Deliver, Day(70), Day(250)));
        Add(InCoCreation, [], now.AddDays(-120),
            (PhaseKind.Ideas, Day(-110), Day(-70)), (PhaseKind.Prioritise, Day(-70), Day(-40)), (PhaseKind.CoCreate, Day(-40), Day(30)),
            (PhaseKind.Decide, Day(30), Day(60)));

        void Add(ProcessTemplate template, IEnumerable<string> where, DateTime createdAt, params (PhaseKind Kind, DateTime Start, DateTime End)[] phases)
        {
            var process = new Process(
                StableGuid.For("process", city.Slug + ":" + template.Title.En), city.Id,
                new ProcessText(template.Title.Fi, template.Title.Sv, template.Title.En, template.Question.Fi, template.Question.Sv, template.Question.En,
                    template.Description.Fi, template.Description.Sv, template.Description.En),
                categories.FirstOrDefault(c => c.Key == template.ThemeKey)?.Id, where, createdAt);
            foreach (var (kind, start, end) in phases)
            {
                db.ProcessPhases.Add(process.AddPhase(StableGuid.For("phase", $"{process.Id:N}:{kind}"), kind, start, end));
            }

            process.Publish(createdAt);
            db.Processes.Add(process);
        }
    }
}
