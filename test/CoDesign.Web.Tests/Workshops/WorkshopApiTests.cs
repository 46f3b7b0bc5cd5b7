using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.Application.Notifications;
using CoDesign.Application.Persistence;
using CoDesign.Application.Workshops;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Workshops;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoDesign.Web.Tests.Workshops;

/// <summary>
/// Workshops through the real HTTP pipeline on PostgreSQL: the last seat under 50 simultaneous
/// registrations, one row per person, the waiting list moving up on a cancellation, the calendar
/// invitations and cancellations as received by the SMTP server, the reminder exactly once, and the
/// meeting link, staff actions and other cities' workshops out of reach.
/// </summary>
public sealed class WorkshopApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task FiftyAtOnceForTheLastSeat_OneGetsIt_FortyNineWaitInOrder_ACancellationMovesTheFirstUp()
    {
        using var admin = await SignIn.ApiAsync(app, "tampere-admin@demo.codesign.fi");
        var process = await PublishedProcessAsync(admin, "tampere", "Kirjaston iltakäyttö Tampereella");
        var workshop = await CreateWorkshopAsync(admin, "tampere", process, capacity: 1);

        var residents = new List<HttpClient>();
        for (var i = 1; i <= 50; i++)
        {
            residents.Add(await SignIn.ApiAsync(app, $"resident{i}@demo.codesign.fi"));
        }

        try
        {
            var url = $"/api/v1/cities/tampere/processes/{process}/workshops/{workshop}/registration";
            var responses = await Task.WhenAll(residents.Select(c => c.PutAsync(new Uri(url, UriKind.Relative), null)));
            responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
            var results = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>()));
            results.Count(r => r.GetProperty("status").GetString() == "Confirmed").ShouldBe(1);
            var waiting = results.Where(r => r.GetProperty("status").GetString() == "Waitlisted").ToList();
            waiting.Count.ShouldBe(49);
            waiting.Select(r => r.GetProperty("queuePosition").GetInt32()).OrderBy(p => p).ShouldBe(Enumerable.Range(1, 49));

            var (confirmedCount, rows, seats) = await CountsAsync("tampere", workshop);
            (confirmedCount, rows, seats).ShouldBe((1, 50, 1));

            // The seat holder cancels: the person first in the queue has it now, and the count stays at the capacity.
            var holder = residents[Array.FindIndex(results, r => r.GetProperty("status").GetString() == "Confirmed")];
            var first = residents[Array.FindIndex(results, r => r.TryGetProperty("queuePosition", out var p) && p.ValueKind == JsonValueKind.Number && p.GetInt32() == 1)];
            var second = residents[Array.FindIndex(results, r => r.TryGetProperty("queuePosition", out var p) && p.ValueKind == JsonValueKind.Number && p.GetInt32() == 2)];
            using (var cancel = await holder.DeleteAsync(new Uri(url, UriKind.Relative)))
            {
                cancel.StatusCode.ShouldBe(HttpStatusCode.OK);
                (await cancel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Cancelled");
            }

            var detail = $"/api/v1/cities/tampere/processes/{process}/workshops/{workshop}";
            (await first.GetFromJsonAsync<JsonElement>(detail)).GetProperty("mine").GetProperty("status").GetString().ShouldBe("Confirmed");
            var secondMine = (await second.GetFromJsonAsync<JsonElement>(detail)).GetProperty("mine");
            secondMine.GetProperty("status").GetString().ShouldBe("Waitlisted");
            secondMine.GetProperty("queuePosition").GetInt32().ShouldBe(1);
            (await CountsAsync("tampere", workshop)).ShouldBe((1, 50, 1));
            (await holder.GetFromJsonAsync<JsonElement>(detail)).GetProperty("mine").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        finally
        {
            residents.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task OnePersonRegisteringTenTimesAtOnce_HasOneRow_AndOneSeat()
    {
        using var admin = await SignIn.ApiAsync(app, "turku-admin@demo.codesign.fi");
        var process = await PublishedProcessAsync(admin, "turku", "Turun kirjastojen viikonloput");
        var workshop = await CreateWorkshopAsync(admin, "turku", process, capacity: 5);
        using var resident = await SignIn.ApiAsync(app, "resident7@demo.codesign.fi");
        var url = new Uri($"/api/v1/cities/turku/processes/{process}/workshops/{workshop}/registration", UriKind.Relative);
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => resident.PutAsync(url, null)));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        (await CountsAsync("turku", workshop)).ShouldBe((1, 1, 1));

        // Cancelled and registered again: the same row, a seat again.
        (await resident.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountsAsync("turku", workshop)).ShouldBe((0, 1, 0));
        (await resident.PutAsync(url, null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountsAsync("turku", workshop)).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task AssistedPeople_GetTheInvitation_TheCancellationWithTheSameUid_AndTheFreedSeat()
    {
        using var official = await SignIn.ApiAsync(app, "vantaa-official@demo.codesign.fi");
        using var admin = await SignIn.ApiAsync(app, "vantaa-admin@demo.codesign.fi");
        var process = await PublishedProcessAsync(admin, "vantaa", "Vantaan kirjastot iltaisin");
        var workshop = await CreateWorkshopAsync(official, "vantaa", process, capacity: 1);
        var first = Maildir.UniqueAddress("ws-first");
        var second = Maildir.UniqueAddress("ws-second");
        var registrations = $"/api/v1/cities/vantaa/processes/{process}/workshops/{workshop}/registrations";

        // No consent, no contact: refused, and no seat is taken.
        using (var refused = await official.PostAsJsonAsync(registrations, new { name = "Aino Asiakas", email = first, language = "fi", consentNoted = false }))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Validation");
        }

        (await official.PostAsJsonAsync(registrations, new { name = "Aino", language = "fi", consentNoted = true })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountsAsync("vantaa", workshop)).ShouldBe((0, 0, 0));

        var a = await (await official.PostAsJsonAsync(registrations, new { name = "Aino Asiakas", email = first, language = "fi", consentNoted = true })).Content.ReadFromJsonAsync<JsonElement>();
        a.GetProperty("status").GetString().ShouldBe("Confirmed");
        var b = await (await official.PostAsJsonAsync(registrations, new { name = "Bo Besökare", email = second, phone = "+358 40 123 4567", language = "sv", consentNoted = true })).Content.ReadFromJsonAsync<JsonElement>();
        b.GetProperty("status").GetString().ShouldBe("Waitlisted");
        b.GetProperty("queuePosition").GetInt32().ShouldBe(1);

        var invitation = (await Maildir.WaitForAsync(first)).ShouldHaveSingleItem().Load();
        var request = Calendar(invitation);
        request.Method.ShouldBe("REQUEST");
        request.Text.ShouldContain("METHOD:REQUEST\r\n");
        request.Text.ShouldContain("TZID:Europe/Helsinki");
        request.Text.ShouldContain("DTSTART;TZID=Europe/Helsinki:" + Local(await StartAsync("vantaa", workshop)).ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        invitation.Attachments.OfType<MimePart>().ShouldContain(p => p.FileName == "invite.ics");
        var waitMail = (await Maildir.WaitForAsync(second)).ShouldHaveSingleItem();
        (waitMail.Load().Subject ?? string.Empty).ShouldContain("kö");
        Calendar(waitMail.Load()).Method.ShouldBeNull();

        // Staff cancel the first person's registration: a cancellation with the same UID and a higher
        // SEQUENCE for them, and the seat with an invitation for the person who waited.
        var aId = a.GetProperty("registrationId").GetGuid();
        (await official.DeleteAsync(new Uri($"{registrations}/{aId}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var both = await Maildir.WaitForAsync(first, 2);
        both.Count.ShouldBe(2);
        var cancel = Calendar(both[^1].Load());
        cancel.Method.ShouldBe("CANCEL");
        cancel.Text.ShouldContain("STATUS:CANCELLED");
        Field(cancel.Text, "UID").ShouldBe(Field(request.Text, "UID"));
        int.Parse(Field(cancel.Text, "SEQUENCE"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(int.Parse(Field(request.Text, "SEQUENCE"), System.Globalization.CultureInfo.InvariantCulture));
        var promoted = await Maildir.WaitForAsync(second, 2);
        promoted.Count.ShouldBe(2);
        Calendar(promoted[^1].Load()).Method.ShouldBe("REQUEST");

        var list = await official.GetFromJsonAsync<JsonElement>(registrations);
        list.GetArrayLength().ShouldBe(1);
        list[0].GetProperty("status").GetString().ShouldBe("Confirmed");
        list[0].GetProperty("phone").GetString().ShouldBe("+358 40 123 4567");
    }

    [Fact]
    public async Task Reminder_GoesOnceToEachSeat_EvenWhenTwoRunsRace()
    {
        using var admin = await SignIn.ApiAsync(app, "espoo-admin@demo.codesign.fi");
        var process = await PublishedProcessAsync(admin, "espoo", "Espoon kirjastojen illat");
        var workshop = await CreateWorkshopAsync(admin, "espoo", process, capacity: 10);
        var people = Enumerable.Range(0, 3).Select(i => Maildir.UniqueAddress("ws-remind" + i)).ToList();
        foreach (var address in people)
        {
            (await admin.PostAsJsonAsync($"/api/v1/cities/espoo/processes/{process}/workshops/{workshop}/registrations", new { name = "Muistutettava", email = address, language = "fi", consentNoted = true }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var start = await StartAsync("espoo", workshop);
        var clock = new TestClock(new DateTimeOffset(start.AddHours(-3), TimeSpan.Zero));
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.InScopeAsync(sp => Handler(sp, clock).RunAsync())));
        runs.Sum().ShouldBeGreaterThanOrEqualTo(3);
        (await app.InScopeAsync(sp => Handler(sp, clock).RunAsync())).ShouldBe(0);
        var rows = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ICoDesignDbContext>();
            return await db.OutboxMails.IgnoreQueryFilters().CountAsync(m => m.Kind == WorkshopMails.Reminder && people.Contains(m.ToAddress));
        });
        rows.ShouldBe(3);

        // Queued at the test clock's hour (hours ahead): due for the outbox now, as the real clock reaches it.
        await app.InScopeAsync(sp => sp.GetRequiredService<ICoDesignDbContext>().OutboxMails.IgnoreQueryFilters().Where(m => people.Contains(m.ToAddress))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow)));
        foreach (var address in people)
        {
            var mails = await Maildir.WaitForAsync(address, 2);
            mails.Count(m => (m.Load().Subject ?? string.Empty).Contains("muistutus", StringComparison.OrdinalIgnoreCase)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task TheLink_IsOnlyForSeats_StaffActionsAreStaffs_AndAnotherCityCannotReachIt()
    {
        using var admin = await SignIn.ApiAsync(app, "oulu-admin@demo.codesign.fi");
        var process = await PublishedProcessAsync(admin, "oulu", "Oulun kirjastojen illat verkossa");
        var workshop = await CreateWorkshopAsync(admin, "oulu", process, capacity: 5, online: true);
        var detail = $"/api/v1/cities/oulu/processes/{process}/workshops/{workshop}";
        using var anonymous = app.CreateRealClient();
        (await anonymous.GetFromJsonAsync<JsonElement>(detail)).GetProperty("onlineUrl").ValueKind.ShouldBe(JsonValueKind.Null);
        (await anonymous.PutAsync(new Uri(detail + "/registration", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var resident = await SignIn.ApiAsync(app, "resident20@demo.codesign.fi");
        (await resident.GetFromJsonAsync<JsonElement>(detail)).GetProperty("onlineUrl").ValueKind.ShouldBe(JsonValueKind.Null);
        (await resident.PutAsync(new Uri(detail + "/registration", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await resident.GetFromJsonAsync<JsonElement>(detail)).GetProperty("onlineUrl").GetString().ShouldBe("https://meet.example.fi/oulu-ilta");

        // Residents cannot run workshops; a staff member of another city gets nothing of this one.
        (await resident.GetAsync(new Uri(detail + "/registrations", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await resident.PostAsync(new Uri(detail + "/cancel", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var other = await SignIn.ApiAsync(app, "helsinki-admin@demo.codesign.fi");
        (await other.GetAsync(new Uri(detail + "/registrations", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.PostAsync(new Uri(detail + "/cancel", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var elsewhere = $"/api/v1/cities/helsinki/processes/{process}/workshops/{workshop}";
        (await other.GetAsync(new Uri(elsewhere, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(new Uri(elsewhere + "/registrations", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync(new Uri(elsewhere + "/cancel", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PutAsync(new Uri(elsewhere + "/registration", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Under a process that is not its own, a workshop is not found either.
        var otherProcess = await PublishedProcessAsync(admin, "oulu", "Oulun uimahallit iltaisin");
        (await anonymous.GetAsync(new Uri($"/api/v1/cities/oulu/processes/{otherProcess}/workshops/{workshop}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CountsAsync("oulu", workshop)).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task BadInput_IsAProblemWithItsField_AndCapacityCannotFallBelowTheSeatsTaken()
    {
        using var admin = await SignIn.ApiAsync(app, "helsinki-admin@demo.codesign.fi");
        var process = await PublishedProcessAsync(admin, "helsinki", "Helsingin kirjastot iltaisin");
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        using (var noLink = await admin.PostAsJsonAsync($"/api/v1/cities/helsinki/processes/{process}/workshops", Input(day, 10, online: true) with { OnlineUrl = "javascript:alert(1)" }))
        {
            noLink.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var problem = await noLink.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("code").GetString().ShouldBe("CoDesign:Validation");
        }

        using (var past = await admin.PostAsJsonAsync($"/api/v1/cities/helsinki/processes/{process}/workshops", Input(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), 10)))
        {
            past.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var workshop = await CreateWorkshopAsync(admin, "helsinki", process, capacity: 2);
        using var r1 = await SignIn.ApiAsync(app, "resident30@demo.codesign.fi");
        using var r2 = await SignIn.ApiAsync(app, "resident31@demo.codesign.fi");
        using var r3 = await SignIn.ApiAsync(app, "resident32@demo.codesign.fi");
        var url = new Uri($"/api/v1/cities/helsinki/processes/{process}/workshops/{workshop}/registration", UriKind.Relative);
        foreach (var r in new[] { r1, r2, r3 })
        {
            (await r.PutAsync(url, null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var tooSmall = await admin.PutAsJsonAsync($"/api/v1/cities/helsinki/processes/{process}/workshops/{workshop}", Input(day, 1)))
        {
            tooSmall.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await tooSmall.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Workshops:CapacityBelowRegistered");
        }

        // More seats move the waiting person up.
        (await admin.PutAsJsonAsync($"/api/v1/cities/helsinki/processes/{process}/workshops/{workshop}", Input(day, 3))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await CountsAsync("helsinki", workshop)).ShouldBe((3, 3, 3));
    }

    internal static WorkshopInput Input(DateOnly day, int capacity, bool online = false) => new(
        "Iltakirjaston työpaja", "Kvällsbibliotekets verkstad", "Evening library workshop",
        "Suunnitellaan yhdessä.", "Vi planerar tillsammans.", "We plan together.",
        online ? "Online" : "InPerson", online ? null : "Pääkirjasto", online ? null : "Kirjastonkatu 1", null, online ? "https://meet.example.fi/oulu-ilta" : null,
        day, new TimeOnly(17, 0), new TimeOnly(19, 0), capacity, ["fi", "sv"], true, true, false, false, null, null);

    internal static async Task<Guid> PublishedProcessAsync(HttpClient admin, string city, string title)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var created = await admin.PostAsJsonAsync($"/api/v1/cities/{city}/processes", new
        {
            titleFi = title, titleSv = title + " (sv)", titleEn = title + " (en)",
            questionFi = "Mitä?", questionSv = "Vad?", questionEn = "What?",
            descriptionFi = "Kuvaus.", descriptionSv = "Beskrivning.", descriptionEn = "Description.",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/v1/cities/{city}/processes/{id}/phases", new { kind = "CoCreate", startsOn = today.AddDays(-1), endsOn = today.AddDays(40) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsync(new Uri($"/api/v1/cities/{city}/processes/{id}/publish", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return id;
    }

    internal static async Task<Guid> CreateWorkshopAsync(HttpClient staff, string city, Guid process, int capacity, bool online = false)
    {
        using var created = await staff.PostAsJsonAsync($"/api/v1/cities/{city}/processes/{process}/workshops", Input(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), capacity, online));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static WorkshopReminderHandler Handler(IServiceProvider sp, TimeProvider clock) =>
        new(sp.GetRequiredService<ICoDesignDbContext>(), sp.GetRequiredService<WorkshopMails>(), sp.GetRequiredService<ICurrentTenant>(), clock);

    private static DateTime Local(DateTime utc) => Application.Localization.HelsinkiTime.ToLocal(utc);

    private Task<DateTime> StartAsync(string city, Guid workshop) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ICoDesignDbContext>().Workshops.IgnoreQueryFilters().Where(w => w.Id == workshop).Select(w => w.StartsAt).FirstAsync());

    /// <summary>The workshop's seat counter, its registration rows, and the rows holding a seat.</summary>
    private Task<(int Counter, int Rows, int Seats)> CountsAsync(string city, Guid workshop) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ICoDesignDbContext>();
            var counter = await db.Workshops.IgnoreQueryFilters().Where(w => w.Id == workshop).Select(w => w.ConfirmedCount).FirstAsync();
            var rows = await db.WorkshopRegistrations.IgnoreQueryFilters().CountAsync(r => r.WorkshopId == workshop);
            var seats = await db.WorkshopRegistrations.IgnoreQueryFilters().CountAsync(r => r.WorkshopId == workshop && r.Status == RegistrationStatus.Confirmed);
            return (counter, rows, seats);
        });

    /// <summary>
    /// The invitation's METHOD (from the inline text/calendar part) and its text as sent, from the
    /// .ics attachment (base64, so its CRLF line ends survive the SMTP server's storage).
    /// </summary>
    private static (string? Method, string Text) Calendar(MimeMessage message)
    {
        var part = message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.ContentType.IsMimeType("text", "calendar"));
        if (part is null)
        {
            return (null, string.Empty);
        }

        var file = message.Attachments.OfType<MimePart>().First(p => p.FileName is "invite.ics" or "cancel.ics");
        using var bytes = new MemoryStream();
        file.Content!.DecodeTo(bytes);
        return (part.ContentType.Parameters["method"], System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }

    /// <summary>A property's value, with folded lines unfolded (RFC 5545 3.1).</summary>
    private static string Field(string ics, string name) =>
        ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").First(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];
}
