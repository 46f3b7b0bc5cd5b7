using CoDesign.HttpApi.Account;
using CoDesign.HttpApi.Administration;
using CoDesign.HttpApi.Coordination;
using CoDesign.HttpApi.Ideas;
using CoDesign.HttpApi.Notifications;
using CoDesign.HttpApi.OpenData;
using CoDesign.HttpApi.Organisations;
using CoDesign.HttpApi.Processes;
using CoDesign.HttpApi.Tenancy;
using CoDesign.HttpApi.Workshops;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi;

public static class HttpApiEndpointRouteBuilderExtensions
{
    public const string Prefix = "/api/v1";

    /// <summary>Maps every REST endpoint under /api/v1.</summary>
    public static RouteGroupBuilder MapHttpApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix);
        api.MapAuthEndpoints();
        api.MapCityEndpoints();
        api.MapIdeaEndpoints();
        api.MapProcessEndpoints();
        api.MapWorkshopEndpoints();
        api.MapOrganisationEndpoints();
        api.MapAdministrationEndpoints();
        api.MapCoordinationEndpoints();
        api.MapOpenDataEndpoints();
        api.MapNotificationEndpoints();
        return api;
    }
}
