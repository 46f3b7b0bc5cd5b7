namespace CoDesign.Application.Tenancy;

/// <summary>What tenant resolution needs to know of a city.</summary>
public sealed record CityRef(Guid Id, string Slug, string NameFi, string NameSv, string NameEn)
{
    public string Name(string language) => language switch
    {
        "sv" => NameSv,
        "en" => NameEn,
        _ => NameFi,
    };
}
