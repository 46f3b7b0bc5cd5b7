namespace CoDesign.Application.Tenancy;

/// <summary>The front page of a city's space.</summary>
public sealed record CityHomeDto(
    CityRef City,
    int PublishedIdeas,
    int Votes,
    int Comments,
    bool VotingOpen,
    IReadOnlyList<CategorySummaryDto> Categories,
    IReadOnlyList<IdeaSummaryDto> PopularIdeas,
    IReadOnlyList<IdeaSummaryDto> NewestIdeas);
