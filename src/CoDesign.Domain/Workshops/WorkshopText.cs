namespace CoDesign.Domain.Workshops;

/// <summary>A workshop's title and description in the three languages.</summary>
public sealed record WorkshopText(string TitleFi, string TitleSv, string TitleEn, string DescriptionFi, string DescriptionSv, string DescriptionEn);

/// <summary>Where a workshop is: the place (in person, hybrid) and the link (online, hybrid).</summary>
public sealed record WorkshopPlace(WorkshopFormat Format, string? Venue, string? Address, string? Room, string? OnlineUrl);

/// <summary>What a person needs to know to come: the languages spoken and the accessibility arrangements.</summary>
public sealed record WorkshopAccess(IReadOnlyCollection<string> Languages, bool StepFreeAccess, bool InductionLoop, bool SignLanguageOnRequest, bool ChildCare);
