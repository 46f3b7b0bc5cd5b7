using CoDesign.Application.Coordination;
using CoDesign.Application.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.Coordination;

/// <summary>
/// Every figure of the coordination dashboard as JSON, so a city can build its own reports;
/// coordinators only (bearer token or cookie). Aggregates and public idea facts, never people.
/// </summary>
public static class CoordinationEndpoints
{
    public static RouteGroupBuilder MapCoordinationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var coordination = api.MapGroup("/coordination").WithTags("Coordination").RequireAuthorization();

        coordination.MapGet("/dashboard", async Task<Ok<CoordinationDashboardDto>> (DateOnly? from, DateOnly? to, string? lang, CoordinationAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.DashboardAsync(from, to, Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithName("CoordinationDashboard")
            .WithSummary("Theme × city figures, per-theme and per-city totals, the monthly trend per theme and similar ideas across cities; from/to are Helsinki dates (yyyy-MM-dd), by default the last twelve months.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        coordination.MapGet("/themes/{key}", async Task<Ok<CoordinationThemeDto>> (string key, DateOnly? from, DateOnly? to, string? lang, CoordinationAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ThemeAsync(key, from, to, Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithName("CoordinationTheme")
            .WithSummary("One theme: figures per city, monthly trend per city, the top ideas of each city and similar ideas across cities.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        coordination.MapGet("/themes", async Task<Ok<IReadOnlyList<ThemeAdminDto>>> (string? lang, ThemeAdminAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithName("ListThemes").WithSummary("The shared themes with how many city categories map to each.");

        coordination.MapPost("/themes", async Task<Created<ThemeAdminDto>> (ThemeInput input, ThemeAdminAppService service, CancellationToken ct) =>
        {
            var key = await service.AddAsync(input, ct).ConfigureAwait(false);
            var theme = (await service.ListAsync(Languages.English, ct).ConfigureAwait(false)).Single(t => t.Key == key);
            return TypedResults.Created($"/api/v1/coordination/themes/{key}", theme);
        }).WithName("AddTheme").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);

        coordination.MapPut("/themes/{key}", async Task<NoContent> (string key, ThemeInput input, ThemeAdminAppService service, CancellationToken ct) =>
        {
            await service.RenameAsync(key, input, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("RenameTheme").WithSummary("Renames a theme; its key stays.");

        coordination.MapPost("/themes/{key}/move", async Task<NoContent> (string key, MoveThemeRequest request, ThemeAdminAppService service, CancellationToken ct) =>
        {
            await service.MoveAsync(key, request.Direction, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("MoveTheme").WithSummary("Moves a theme one place up (direction -1) or down (+1).");

        coordination.MapDelete("/themes/{key}", async Task<NoContent> (string key, ThemeAdminAppService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(key, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("DeleteTheme").WithSummary("Removes a theme no city category maps to.").ProducesProblem(StatusCodes.Status409Conflict);

        return coordination;
    }
}
