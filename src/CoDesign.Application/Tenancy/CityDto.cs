namespace CoDesign.Application.Tenancy;

/// <summary>A city as pages and the API show it.</summary>
public sealed record CityDto(Guid Id, string Slug, string NameFi, string NameSv, string NameEn, int PublishedIdeas, int Votes)
{
    public string Name(string language) => language switch
    {
        "sv" => NameSv,
        "en" => NameEn,
        _ => NameFi,
    };
}
