using CoDesign.Application.Localization;
using CoDesign.Application.Organisations;
using CoDesign.Domain.Organisations;
using CoDesign.HttpApi.Ideas;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.Organisations;

/// <summary>Organisations are platform-wide, so their routes are outside any city.</summary>
public static class OrganisationEndpoints
{
    public static RouteGroupBuilder MapOrganisationEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/organisations").WithTags("Organisations").RequireAuthorization();

        group.MapGet("/", async Task<Ok<IReadOnlyList<OrganisationDto>>> (OrganisationAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.MineAsync(ct).ConfigureAwait(false))).WithName("MyOrganisations").WithSummary("The caller's organisations.");

        group.MapGet("/{id:guid}", async Task<Ok<OrganisationDto>> (Guid id, OrganisationAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(id, ct).ConfigureAwait(false))).WithName("GetOrganisation").WithSummary("An organisation the caller belongs to.");

        group.MapPost("/firms", async Task<Created<CreatedIdDto>> (CreateFirmRequest request, OrganisationAppService service, CancellationToken ct) =>
        {
            var id = await service.CreateFirmAsync(request.Name ?? string.Empty, request.BusinessId ?? string.Empty, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/organisations/{id}", new CreatedIdDto(id));
        }).WithName("CreateFirm").WithSummary("Adds a firm (Finnish business ID, check digit verified); the caller manages it.")
          .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/communities", async Task<Created<CreatedIdDto>> (CreateCommunityRequest request, OrganisationAppService service, CancellationToken ct) =>
        {
            var id = await service.CreateCommunityAsync(request.Name ?? string.Empty, request.Type ?? CommunityType.Association, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/v1/organisations/{id}", new CreatedIdDto(id));
        }).WithName("CreateCommunity").WithSummary("Adds a community; the caller manages it.");

        group.MapPost("/{id:guid}/invitations", async Task<Accepted> (Guid id, InviteRequest request, OrganisationAppService service, CancellationToken ct) =>
        {
            await service.InviteAsync(id, request.Email ?? string.Empty, Languages.Normalize(request.Language), ct).ConfigureAwait(false);
            return TypedResults.Accepted((string?)null);
        }).WithName("InviteMember").WithSummary("A manager invites a person by e-mail.");

        group.MapPost("/invitations/accept", async Task<Ok<CreatedIdDto>> (AcceptInvitationRequest request, OrganisationAppService service, CancellationToken ct) =>
            TypedResults.Ok(new CreatedIdDto(await service.AcceptAsync(request.Token ?? string.Empty, ct).ConfigureAwait(false))))
            .WithName("AcceptInvitation").WithSummary("The caller joins the organisation the invitation token is for.");

        return group;
    }
}
