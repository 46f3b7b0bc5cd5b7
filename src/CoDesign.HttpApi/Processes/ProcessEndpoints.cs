using CoDesign.Application.Localization;
using CoDesign.Application.Processes;
using CoDesign.HttpApi.Ideas;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.Processes;

/// <summary>A city's co-design processes: list and read for everyone; create, edit, phases and publishing for city admins.</summary>
public static class ProcessEndpoints
{
    public static RouteGroupBuilder MapProcessEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var processes = api.MapGroup("/cities/{city}/processes").WithTags("Processes");

        processes.MapGet("/", async Task<Ok<IReadOnlyList<ProcessListItemDto>>> (string city, string? state, string? theme, string? district, string? lang, ProcessAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(new ProcessQuery(state, theme, district), Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithName("ListProcesses").WithSummary("The city's processes (state: open, upcoming, past; drafts only for staff), open ones first.");

        processes.MapGet("/{id:guid}", async Task<Ok<ProcessDetailDto>> (string city, Guid id, string? lang, ProcessAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(id, Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithName("GetProcess").WithSummary("A process: texts, timeline with the phase in force, what can be done now, its most supported ideas.");

        processes.MapPost("/", async Task<Created<CreatedIdDto>> (string city, ProcessInput input, ProcessAdminAppService service, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(input, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/cities/{city}/processes/{id}", new CreatedIdDto(id));
        }).WithName("CreateProcess").WithSummary("City admins: a new process (a draft until published).");

        processes.MapPut("/{id:guid}", async Task<NoContent> (string city, Guid id, ProcessInput input, ProcessAdminAppService service, CancellationToken ct) =>
        {
            await service.UpdateAsync(id, input, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("UpdateProcess").WithSummary("City admins: the process's texts, service area and districts.");

        processes.MapPost("/{id:guid}/phases", async Task<Created<CreatedIdDto>> (string city, Guid id, PhaseInput input, ProcessAdminAppService service, CancellationToken ct) =>
        {
            var phase = await service.AddPhaseAsync(id, input, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/cities/{city}/processes/{id}", new CreatedIdDto(phase));
        }).WithName("AddProcessPhase").WithSummary("City admins: a phase (kind, first and last day in Helsinki time); phases may not overlap.");

        processes.MapPut("/{id:guid}/phases/{phaseId:guid}", async Task<NoContent> (string city, Guid id, Guid phaseId, PhaseInput input, ProcessAdminAppService service, CancellationToken ct) =>
        {
            await service.ReschedulePhaseAsync(id, phaseId, input, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("ReschedulePhase").WithSummary("City admins: change a phase's kind or dates (extend, reopen, move).");

        processes.MapPost("/{id:guid}/phases/{phaseId:guid}/move", async Task<NoContent> (string city, Guid id, Guid phaseId, bool? earlier, ProcessAdminAppService service, CancellationToken ct) =>
        {
            await service.MovePhaseAsync(id, phaseId, earlier ?? true, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("MovePhase").WithSummary("City admins: move a phase one place earlier (default) or with earlier=false later; the slots keep their dates.");

        processes.MapDelete("/{id:guid}/phases/{phaseId:guid}", async Task<NoContent> (string city, Guid id, Guid phaseId, ProcessAdminAppService service, CancellationToken ct) =>
        {
            await service.RemovePhaseAsync(id, phaseId, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("RemovePhase").WithSummary("City admins: remove a phase.");

        processes.MapPost("/{id:guid}/publish", async Task<NoContent> (string city, Guid id, bool? published, ProcessAdminAppService service, CancellationToken ct) =>
        {
            await service.SetPublishedAsync(id, published ?? true, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("PublishProcess").WithSummary("City admins: publish (or with published=false return to draft).");

        return api;
    }
}
