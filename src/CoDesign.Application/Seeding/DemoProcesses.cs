using CoDesign.Application.Localization;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Processes;
using CoDesign.Domain.Tenancy;
using CoDesign.Domain.Workshops;
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

        _ = Add(OpenForIdeas, districts.Take(2), now.AddDays(-20),
            (PhaseKind.Info, Day(-20), Day(-10)), (PhaseKind.Ideas, Day(-10), Day(21)), (PhaseKind.Prioritise, Day(21), Day(42)),
            (PhaseKind.Decide, Day(42), Day(70)), (PhaseKind.Deliver, Day(70), Day(250)));
        var coCreation = Add(InCoCreation, [], now.AddDays(-120),
            (PhaseKind.Ideas, Day(-110), Day(-70)), (PhaseKind.Prioritise, Day(-70), Day(-40)), (PhaseKind.CoCreate, Day(-40), Day(30)),
            (PhaseKind.Decide, Day(30), Day(60)));
        AddWorkshops(coCreation);

        // In the co-creation phase: one workshop held (with attendance and minutes), one coming at the
        // main library and one online.
        void AddWorkshops(Process process)
        {
            DateTime At(int day, int hour) => Day(day).AddHours(hour);
            var library = new WorkshopPlace(WorkshopFormat.InPerson, "Pääkirjasto – Huvudbiblioteket", "Kirjastonkatu 1 – Biblioteksgatan 1", "Monitoimitila – Allrummet", null);
            var held = new Workshop(StableGuid.For("workshop", $"{process.Id:N}:held"), city.Id, process.Id,
                new WorkshopText("Iltakirjasto: ideoista suunnitelmiksi", "Kvällsbiblioteket: från idéer till planer", "Evening library: from ideas to plans",
                    "Kävimme läpi kannatetuimmat ideat ja ryhmittelimme ne suunnitelmiksi.", "Vi gick igenom de mest stödda idéerna och grupperade dem till planer.", "We went through the most supported ideas and grouped them into plans."),
                library, new WorkshopAccess(["fi", "sv"], true, true, false, true), At(-20, 15), At(-20, 17), 30, null, null, now.AddDays(-35));
            held.RecordAttendance(24, 0, now);
            held.PublishMinutes(
                "## Tärkeimmät havainnot\n\n- Hiljainen lukusali auki klo 22 asti\n- Nuorten peli-ilta perjantaisin\n- Lainausautomaatit viikonloppuisin",
                "## Viktigaste iakttagelserna\n\n- Tyst läsesal öppen till kl. 22\n- Spelkväll för unga på fredagar\n- Låneautomater på veckosluten",
                "## Main findings\n\n- A quiet reading room open until 22:00\n- A games night for young people on Fridays\n- Self-service loans at weekends",
                now);
            var coming = new Workshop(StableGuid.For("workshop", $"{process.Id:N}:coming"), city.Id, process.Id,
                new WorkshopText("Iltakirjasto: suunnitelmien viimeistely", "Kvällsbiblioteket: planerna slutförs", "Evening library: finishing the plans",
                    "Viimeistelemme suunnitelmat ja niiden kustannusarviot ennen päätösvaihetta. Kahvitarjoilu.", "Vi slutför planerna och deras kostnadsberäkningar före beslutsskedet. Kaffe serveras.", "We finish the plans and their cost estimates before the decision phase. Coffee served."),
                library, new WorkshopAccess(["fi", "sv"], true, true, true, true), At(7, 17), At(7, 19), 25, null, null, now.AddDays(-10));
            var online = new Workshop(StableGuid.For("workshop", $"{process.Id:N}:online"), city.Id, process.Id,
                new WorkshopText("Iltakirjasto verkossa", "Kvällsbiblioteket på nätet", "Evening library online",
                    "Sama työpaja etänä: osallistu kotoa käsin.", "Samma verkstad på distans: delta hemifrån.", "The same workshop remotely: take part from home."),
                new WorkshopPlace(WorkshopFormat.Online, null, null, null, "https://meet.example.fi/iltakirjasto"), new WorkshopAccess(["fi", "sv", "en"], false, false, false, false),
                At(14, 18), At(14, 19).AddMinutes(30), 50, null, null, now.AddDays(-10));
            db.Workshops.AddRange(held, coming, online);
        }

        Process Add(ProcessTemplate template, IEnumerable<string> where, DateTime createdAt, params (PhaseKind Kind, DateTime Start, DateTime End)[] phases)
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
            return process;
        }
    }
}
