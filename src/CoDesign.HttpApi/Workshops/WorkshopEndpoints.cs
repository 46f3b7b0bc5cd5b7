using CoDesign.Application.Localization;
using CoDesign.Application.Workshops;
using CoDesign.HttpApi.Ideas;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.Workshops;

/// <summary>Who came to a workshop: the registrations marked present and the total count.</summary>
public sealed record AttendanceInput(IReadOnlyList<Guid>? Present, int? Total);

/// <summary>A workshop's minutes per language (safe text); at least one.</summary>
public sealed record MinutesInput(string? Fi, string? Sv, string? En);

/// <summary>The ideas of the process a workshop worked on.</summary>
public sealed record LinkedIdeasInput(IReadOnlyList<Guid>? IdeaIds);

/// <summary>
/// A process's workshops: list and read for everyone, register and cancel for signed-in residents,
/// and for staff (city admins, officials) creating and running them: registrations made for people
/// without an account, attendance, minutes, linked ideas, calling one off.
/// </summary>
public static class WorkshopEndpoints
{
    public static RouteGroupBuilder MapWorkshopEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/cities/{city}/processes/{processId:guid}/workshops").WithTags("Workshops");

        group.MapGet("/", async Task<Ok<IReadOnlyList<WorkshopListItemDto>>> (string city, Guid processId, string? lang, WorkshopAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListForProcessAsync(processId, Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithName("ListWorkshops").WithSummary("A process's workshops in time order, with seats taken and people waiting.");

        group.MapGet("/{id:guid}", async Task<Ok<WorkshopDetailDto>> (string city, Guid processId, Guid id, string? lang, WorkshopAppService service, CancellationToken ct) =>
        {
            await service.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            return TypedResults.Ok(await service.GetAsync(id, Languages.Normalize(lang), ct).ConfigureAwait(false));
        }).WithName("GetWorkshop").WithSummary("A workshop: time, place, accessibility, seats, the caller's registration; the meeting link only for people with a seat and staff.");

        group.MapPut("/{id:guid}/registration", async Task<Ok<RegistrationResultDto>> (string city, Guid processId, Guid id, string? lang, WorkshopAppService service, CancellationToken ct) =>
        {
            await service.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            return TypedResults.Ok(await service.RegisterAsync(id, Languages.Normalize(lang), ct).ConfigureAwait(false));
        }).WithName("RegisterForWorkshop").WithSummary("Signed in: take a seat, or a place on the waiting list when it is full (status Confirmed or Waitlisted, queuePosition). Repeating it changes nothing.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:guid}/registration", async Task<Ok<RegistrationResultDto>> (string city, Guid processId, Guid id, WorkshopAppService service, CancellationToken ct) =>
        {
            await service.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            return TypedResults.Ok(await service.CancelAsync(id, ct).ConfigureAwait(false));
        }).WithName("CancelWorkshopRegistration").WithSummary("Signed in: give up one's seat or queue place (before the start); the seat goes to the person who has waited longest.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/", async Task<Created<CreatedIdDto>> (string city, Guid processId, WorkshopInput input, WorkshopAdminAppService service, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(processId, input, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/cities/{city}/processes/{processId}/workshops/{id}", new CreatedIdDto(id));
        }).WithName("CreateWorkshop").WithSummary("Staff: a workshop (date and times in Helsinki time; format InPerson, Online or Hybrid).");

        group.MapPut("/{id:guid}", async Task<NoContent> (string city, Guid processId, Guid id, WorkshopInput input, WorkshopAppService reader, WorkshopAdminAppService service, CancellationToken ct) =>
        {
            await reader.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            await service.UpdateAsync(id, input, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("UpdateWorkshop").WithSummary("Staff: change a workshop; more seats move people up, a new time or place sends updated invitations.");

        group.MapPost("/{id:guid}/cancel", async Task<NoContent> (string city, Guid processId, Guid id, WorkshopAppService reader, WorkshopAdminAppService service, CancellationToken ct) =>
        {
            await reader.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            await service.CancelWorkshopAsync(id, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("CancelWorkshop").WithSummary("Staff: call the workshop off; everyone registered is told (calendar cancellation for seats).");

        group.MapGet("/{id:guid}/registrations", async Task<Ok<IReadOnlyList<RegistrationDto>>> (string city, Guid processId, Guid id, WorkshopAppService reader, WorkshopAdminAppService service, CancellationToken ct) =>
        {
            await reader.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            return TypedResults.Ok((await service.GetForEditAsync(id, Languages.Finnish, ct).ConfigureAwait(false)).Registrations);
        }).WithName("ListWorkshopRegistrations").WithSummary("Staff: seats and waiting list in order (personal data).");

        group.MapPost("/{id:guid}/registrations", async Task<Ok<RegistrationResultDto>> (string city, Guid processId, Guid id, AssistedRegistrationInput input, WorkshopAppService reader, WorkshopAdminAppService service, CancellationToken ct) =>
        {
            await reader.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            return TypedResults.Ok(await service.RegisterAssistedAsync(id, input, ct).ConfigureAwait(false));
        }).WithName("RegisterPersonForWorkshop").WithSummary("Staff: register a person without an account (name, phone or e-mail, consent noted).");

        group.MapDelete("/{id:guid}/registrations/{registrationId:guid}", async Task<Ok<RegistrationResultDto>> (string city, Guid processId, Guid id, Guid registrationId, WorkshopAppService reader, WorkshopAdminAppService service, CancellationToken ct) =>
        {
            await reader.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            return TypedResults.Ok(await service.CancelRegistrationAsync(id, registrationId, ct).ConfigureAwait(false));
        }).WithName("CancelPersonsWorkshopRegistration").WithSummary("Staff: cancel a person's registration; the seat goes on to the waiting list.");

        group.MapPut("/{id:guid}/attendance", async Task<NoContent> (string city, Guid processId, Guid id, AttendanceInput input, WorkshopAppService reader, WorkshopAdminAppService service, CancellationToken ct) =>
        {
            await reader.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            await service.RecordAttendanceAsync(id, input.Present ?? [], input.Total ?? -1, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("RecordWorkshopAttendance").WithSummary("Staff, once it has started: who of the registered came, and how many came in all.");

        group.MapPut("/{id:guid}/minutes", async Task<NoContent> (string city, Guid processId, Guid id, MinutesInput input, WorkshopAppService reader, WorkshopAdminAppService service, CancellationToken ct) =>
        {
            await reader.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            await service.PublishMinutesAsync(id, input.Fi, input.Sv, input.En, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("PublishWorkshopMinutes").WithSummary("Staff, once it has started: publish the minutes (safe text, per language).");

        group.MapPut("/{id:guid}/ideas", async Task<NoContent> (string city, Guid processId, Guid id, LinkedIdeasInput input, WorkshopAppService reader, WorkshopAdminAppService service, CancellationToken ct) =>
        {
            await reader.EnsureInProcessAsync(processId, id, ct).ConfigureAwait(false);
            await service.SetIdeasAsync(id, input.IdeaIds ?? [], ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).WithName("LinkWorkshopIdeas").WithSummary("Staff: the ideas of the process the workshop worked on.");

        return api;
    }
}
