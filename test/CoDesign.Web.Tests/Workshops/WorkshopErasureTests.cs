using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.Application.Persistence;
using CoDesign.Application.Workshops;
using CoDesign.Domain.Workshops;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Workshops;

/// <summary>"Delete my account" gives up the person's seats at workshops still to come, and the seat goes on.</summary>
public sealed class WorkshopErasureTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task DeletingTheAccount_FreesItsSeat_ForThePersonWaiting_AndNoMailGoesToTheDeletedPerson()
    {
        const string leaver = "resident21@demo.codesign.fi";
        const string waiter = "resident22@demo.codesign.fi";
        using var admin = await SignIn.ApiAsync(app, "oulu-admin@demo.codesign.fi");
        var process = await WorkshopApiTests.PublishedProcessAsync(admin, "oulu", "Oulun kirjastoillat");
        var workshop = await WorkshopApiTests.CreateWorkshopAsync(admin, "oulu", process, capacity: 1);
        var url = $"/api/v1/cities/oulu/processes/{process}/workshops/{workshop}/registration";

        using (var first = await SignIn.ApiAsync(app, leaver))
        using (var response = await first.PutAsync(new Uri(url, UriKind.Relative), null))
        {
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Confirmed");
        }

        using var second = await SignIn.ApiAsync(app, waiter);
        using (var response = await second.PutAsync(new Uri(url, UriKind.Relative), null))
        {
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Waitlisted");
        }

        using var browser = await SignIn.BrowserAsync(app, leaver);
        var done = await browser.SubmitAsync(await browser.GetAsync("/account/manage/delete"), "main form",
            new Dictionary<string, string> { ["Password"] = Databases.DemoPassword, ["Confirm"] = "true" });
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var detail = await second.GetFromJsonAsync<JsonElement>($"/api/v1/cities/oulu/processes/{process}/workshops/{workshop}");
        detail.GetProperty("mine").GetProperty("status").GetString().ShouldBe("Confirmed");

        var (counter, statuses, mails) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ICoDesignDbContext>();
            var counter = await db.Workshops.IgnoreQueryFilters().Where(w => w.Id == workshop).Select(w => w.ConfirmedCount).FirstAsync();
            var statuses = await db.WorkshopRegistrations.IgnoreQueryFilters().Where(r => r.WorkshopId == workshop)
                .OrderBy(r => r.CreatedAt).Select(r => r.Status).ToListAsync();
            var mails = await db.OutboxMails.Where(m => m.Kind.StartsWith("workshop."))
                .Select(m => new { m.Kind, m.ToAddress }).ToListAsync();
            return (counter, statuses, mails.Select(m => (m.Kind, m.ToAddress)).ToList());
        });
        counter.ShouldBe(1);
        statuses.ShouldBe([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed]);
        mails.ShouldContain((WorkshopMails.Promoted, waiter));
        mails.ShouldNotContain((WorkshopMails.RegistrationCancelled, leaver), "the cancellation for the deleted person is removed with their waiting mail, never sent");
    }
}
