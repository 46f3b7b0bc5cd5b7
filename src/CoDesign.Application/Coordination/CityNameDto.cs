namespace CoDesign.Application.Coordination;

/// <summary>A city as coordination pages list it.</summary>
public sealed record CityNameDto(string Slug, string Name);
