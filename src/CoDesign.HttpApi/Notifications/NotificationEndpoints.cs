using CoDesign.Application.Localization;
using CoDesign.Application.Notifications;
using CoDesign.HttpApi.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.Notifications;

/// <summary>The caller's own notifications and mail settings (platform-wide, like the account), and the one-click unsubscribe.</summary>
public static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var me = api.MapGroup("/me").WithTags("Notifications").RequireAuthorization();

        me.MapGet("/notifications", async Task<Ok<NotificationPageDto>> (int? page, bool? unread, string? lang, NotificationsAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(QueryGuard.InRange(page, 1, 1, int.MaxValue, "page"), unread ?? false, Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithName("MyNotifications").WithSummary("The caller's notifications from every city, newest first, with the unread count.");

        me.MapPost("/notifications/{id:guid}/read", async Task<NoContent> (Guid id, NotificationsAppService service, CancellationToken ct) =>
        {
            await service.MarkReadAsync(id, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("MarkNotificationRead").WithSummary("Marks one of the caller's notifications read.").ProducesProblem(StatusCodes.Status404NotFound);

        me.MapPost("/notifications/read-all", async Task<NoContent> (NotificationsAppService service, CancellationToken ct) =>
        {
            await service.MarkAllReadAsync(ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("MarkAllNotificationsRead").WithSummary("Marks all the caller's notifications read.");

        me.MapGet("/notification-preferences", async Task<Ok<IReadOnlyList<PreferenceDto>>> (NotificationPreferencesAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetMineAsync(ct).ConfigureAwait(false)))
            .WithName("MyNotificationPreferences").WithSummary("How the caller hears of each kind of notification: Immediate, Daily, Weekly or Never.");

        me.MapPut("/notification-preferences", async Task<Ok<IReadOnlyList<PreferenceDto>>> (Dictionary<string, string> choices, NotificationPreferencesAppService service, CancellationToken ct) =>
        {
            await service.SaveMineAsync(choices ?? [], ct).ConfigureAwait(false);
            return TypedResults.Ok(await service.GetMineAsync(ct).ConfigureAwait(false));
        }).WithName("SaveNotificationPreferences").WithSummary("Sets frequencies by kind, e.g. {\"idea.comment\": \"Weekly\"}.")
          .ProducesProblem(StatusCodes.Status400BadRequest);

        me.MapGet("/data", async Task<Ok<Application.Users.PersonalDataDto>> (Application.Users.PersonalDataAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ExportAsync(ct).ConfigureAwait(false)))
            .WithTags("Account").WithName("MyData").WithSummary("Everything the service holds about the caller, from every city (GDPR access and portability).");

        return me;
    }
}
