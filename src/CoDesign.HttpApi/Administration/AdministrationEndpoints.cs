using CoDesign.Application.Accountability;
using CoDesign.Application.Localization;
using CoDesign.Application.Moderation;
using CoDesign.Application.Tenancy;
using CoDesign.HttpApi.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.Administration;

/// <summary>The city side in the API: settings, roles, audit log, moderation, merging and accountability.</summary>
public static class AdministrationEndpoints
{
    public static RouteGroupBuilder MapAdministrationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var city = api.MapGroup("/cities/{city}");
        var admin = city.MapGroup("/admin").WithTags("City administration").RequireAuthorization();

        admin.MapGet("/settings", async Task<Ok<CitySettingsDto>> (string city, CitySettingsAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(ct).ConfigureAwait(false))).WithName("GetCitySettings");

        admin.MapPut("/settings", async Task<NoContent> (string city, CitySettingsDto input, CitySettingsAppService service, CancellationToken ct) =>
        {
            await service.UpdateAsync(input, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("UpdateCitySettings").ProducesProblem(StatusCodes.Status400BadRequest);

        admin.MapGet("/categories", async Task<Ok<IReadOnlyList<CategoryAdminDto>>> (string city, CategoryAdminAppService service, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync("fi", ct).ConfigureAwait(false)).Categories)).WithName("ListCityCategories");

        admin.MapPost("/categories", async Task<Created<Ideas.CreatedIdDto>> (string city, CategoryInput input, CategoryAdminAppService service, CancellationToken ct) =>
        {
            var id = await service.AddAsync(input, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/cities/{city}/admin/categories", new Ideas.CreatedIdDto(id));
        }).WithName("AddCityCategory").WithSummary("Adds a category mapped to a shared theme (themeKey).");

        admin.MapPut("/categories/{categoryId:guid}", async Task<NoContent> (string city, Guid categoryId, CategoryInput input, CategoryAdminAppService service, CancellationToken ct) =>
        {
            await service.UpdateAsync(categoryId, input, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("UpdateCityCategory");

        admin.MapGet("/roles", async Task<Ok<IReadOnlyList<RoleAssignmentDto>>> (string city, CityRolesAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(ct).ConfigureAwait(false))).WithName("ListCityRoles");

        admin.MapPost("/roles", async Task<NoContent> (string city, GrantRoleRequest request, CityRolesAppService service, CancellationToken ct) =>
        {
            await service.GrantAsync(request.Email ?? string.Empty, request.Role, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("GrantCityRole");

        admin.MapDelete("/roles/{assignmentId:guid}", async Task<NoContent> (string city, Guid assignmentId, CityRolesAppService service, CancellationToken ct) =>
        {
            await service.RevokeAsync(assignmentId, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("RevokeCityRole");

        admin.MapGet("/audit", async Task<Ok<IReadOnlyList<AuditEntryDto>>> (string city, string? action, int? page, AuditLogAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(action, QueryGuard.InRange(page, 1, 1, int.MaxValue, "page"), ct).ConfigureAwait(false))).WithName("ListAuditLog");

        admin.MapGet("/moderation", async Task<Ok<ModerationQueueDto>> (string city, ModerationAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.QueueAsync(ct).ConfigureAwait(false))).WithName("ModerationQueue");

        admin.MapPost("/ideas/{id:guid}/approve", async Task<NoContent> (string city, Guid id, ModerationAppService service, CancellationToken ct) =>
        {
            await service.ApproveAsync(id, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("ApproveIdea");

        admin.MapPost("/ideas/{id:guid}/hide", async Task<NoContent> (string city, Guid id, ModerationRequest request, ModerationAppService service, CancellationToken ct) =>
        {
            await service.HideIdeaAsync(id, request.Reason ?? string.Empty, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("HideIdea");

        admin.MapPost("/ideas/{id:guid}/restore", async Task<NoContent> (string city, Guid id, ModerationAppService service, CancellationToken ct) =>
        {
            await service.RestoreIdeaAsync(id, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("RestoreIdea");

        admin.MapPost("/ideas/{id:guid}/dismiss-reports", async Task<NoContent> (string city, Guid id, ModerationAppService service, CancellationToken ct) =>
        {
            await service.DismissReportsAsync(id, null, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("DismissIdeaReports");

        admin.MapPost("/comments/{commentId:guid}/hide", async Task<NoContent> (string city, Guid commentId, ModerationRequest request, ModerationAppService service, CancellationToken ct) =>
        {
            await service.HideCommentAsync(commentId, request.Reason ?? string.Empty, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("HideComment");

        admin.MapPost("/comments/{commentId:guid}/restore", async Task<NoContent> (string city, Guid commentId, ModerationAppService service, CancellationToken ct) =>
        {
            await service.RestoreCommentAsync(commentId, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("RestoreComment");

        admin.MapPost("/ideas/{id:guid}/merge", async Task<Ok<MergeResultDto>> (string city, Guid id, MergeRequest request, MergeAppService service, CancellationToken ct) =>
        {
            var count = await service.MergeAsync(id, request.SurvivorId, ct).ConfigureAwait(false);
            return TypedResults.Ok(new MergeResultDto(request.SurvivorId!.Value, count));
        }).WithName("MergeIdea").WithSummary("Merges the duplicate {id} into the surviving idea; supporters of both count once.");

        admin.MapGet("/accountability", async Task<Ok<OfficialsDashboardDto>> (string city, string? lang, AccountabilityAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.DashboardAsync(Languages.Normalize(lang), ct).ConfigureAwait(false))).WithName("OfficialsDashboard");

        city.MapGet("/accountability", async Task<Ok<AccountabilityReportDto>> (string city, string? lang, AccountabilityAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ReportAsync(Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithTags("Accountability").WithName("AccountabilityReport").WithSummary("Public response-time figures of the city.");

        return admin;
    }
}
