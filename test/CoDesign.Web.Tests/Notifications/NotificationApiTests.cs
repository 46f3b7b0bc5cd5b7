using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoDesign.Domain.Notifications;
using CoDesign.EntityFrameworkCore;
using CoDesign.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Web.Tests.Notifications;

/// <summary>The caller's own notifications and settings through the API; nobody else's.</summary>
public sealed class NotificationApiTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Notifications_ListReadAndSettings_AreTheCallersOwn()
    {
        var resident = await UserIdAsync("resident21@demo.codesign.fi");
        var other = await UserIdAsync("resident22@demo.codesign.fi");
        var mine = await AddNotificationAsync(resident);
        var theirs = await AddNotificationAsync(other);
        using var api = await SignIn.ApiAsync(app, "resident21@demo.codesign.fi");

        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications?unread=true&lang=sv");
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        ids.ShouldContain(mine);
        ids.ShouldNotContain(theirs);
        page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("id").GetGuid() == mine).GetProperty("cityName").GetString().ShouldBe("Helsingfors");
        var unread = page.GetProperty("unread").GetInt32();

        // Someone else's notification is simply not found; one's own is marked read.
        (await api.PostAsync(new Uri($"/api/v1/me/notifications/{theirs}/read", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var read = await api.PostAsync(new Uri($"/api/v1/me/notifications/{mine}/read", UriKind.Relative), null);
        read.StatusCode.ShouldBe(HttpStatusCode.NoContent, await read.Content.ReadAsStringAsync());
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/me/notifications")).GetProperty("unread").GetInt32().ShouldBe(unread - 1);
        (await ReadAtAsync(theirs)).ShouldBeNull();

        var saved = await api.PutAsJsonAsync("/api/v1/me/notification-preferences", new Dictionary<string, string> { [NotificationKinds.Comment] = "Weekly" });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(p => p.GetProperty("kind").GetString() == NotificationKinds.Comment).GetProperty("frequency").GetString().ShouldBe("Weekly");

        var bad = await api.PutAsJsonAsync("/api/v1/me/notification-preferences", new Dictionary<string, string> { [NotificationKinds.Comment] = "Hourly" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("CoDesign:Validation");
    }

    [Fact]
    public async Task Anonymous_Gets401()
    {
        using var anonymous = app.CreateRealClient();
        (await anonymous.GetAsync(new Uri("/api/v1/me/notifications", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(new Uri("/api/v1/me/notification-preferences", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<Guid> AddNotificationAsync(Guid user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoDesignDbContext>();
        var idea = await db.Ideas.IgnoreQueryFilters().Where(i => i.Title != "" && i.Status == Domain.Ideas.IdeaStatus.Published).Join(db.Cities.Where(c => c.Slug == "helsinki"), i => i.TenantId, c => c.Id, (i, c) => i).FirstAsync();
        using var _ = app.Services.GetRequiredService<Domain.MultiTenancy.ICurrentTenant>().Change(idea.TenantId, "helsinki");
        var n = new Notification(Guid.CreateVersion7(), idea.TenantId, user, NotificationKinds.Comment, idea.Id, Guid.NewGuid(), DateTime.UtcNow);
        n.MarkMailed(DateTime.UtcNow);
        db.Notifications.Add(n);
        await db.SaveChangesAsync();
        return n.Id;
    }

    private async Task<DateTime?> ReadAtAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoDesignDbContext>().Notifications.IgnoreQueryFilters().Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync();
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoDesignDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
