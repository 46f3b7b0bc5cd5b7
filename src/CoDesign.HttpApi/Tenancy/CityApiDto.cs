namespace CoDesign.HttpApi.Tenancy;

/// <summary>A city in the API, with its names in all three languages.</summary>
public sealed record CityApiDto(string Slug, string NameFi, string NameSv, string NameEn, int PublishedIdeas, int Votes);
