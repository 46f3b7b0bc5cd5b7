using CoDesign.Application.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.Tenancy;

public static class CityEndpoints
{
    public static RouteGroupBuilder MapCityEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var cities = api.MapGroup("/cities").WithTags("Cities");

        cities.MapGet("/", async Task<Ok<IReadOnlyList<CityApiDto>>> (CityAppService service, CancellationToken ct) =>
        {
            var list = await service.GetCitiesAsync(ct).ConfigureAwait(false);
            return TypedResults.Ok<IReadOnlyList<CityApiDto>>(list.Select(c => new CityApiDto(c.Slug, c.NameFi, c.NameSv, c.NameEn, c.PublishedIdeas, c.Votes)).ToList());
        }).WithName("ListCities").WithSummary("Lists the cities with their public totals.");

        // The tenant middleware has already resolved {city} (an unknown one is a 404 before this runs).
        cities.MapGet("/{city}", async Task<Ok<CityHomeDto>> (string city, string? lang, CityAppService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetHomeAsync(Application.Localization.Languages.Normalize(lang), ct).ConfigureAwait(false)))
            .WithName("GetCity").WithSummary("A city's front page: totals, categories, popular and newest ideas.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return cities;
    }
}
