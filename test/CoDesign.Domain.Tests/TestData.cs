using CoDesign.Domain.Ideas;
using CoDesign.Domain.Tenancy;

namespace CoDesign.Domain.Tests;

/// <summary>Small builders for domain objects, so each test states only what it is about.</summary>
internal static class TestData
{
    public static readonly DateTime Now = new(2026, 9, 27, 9, 0, 0, DateTimeKind.Utc);

    public static City City(string slug = "helsinki") =>
        new(Guid.NewGuid(), slug, "Helsinki", "Helsingfors", "Helsinki", Now.AddYears(-1));

    public static Category CategoryOf(City city) =>
        new(Guid.NewGuid(), city.Id, "mobility", Guid.NewGuid(), "Liikkuminen", "Rörlighet", "Mobility", 1);

    public static Idea PublishedIdea(City city, DateTime? at = null)
    {
        var idea = DraftIdea(city, at);
        idea.Publish(at ?? Now);
        return idea;
    }

    public static Idea DraftIdea(City city, DateTime? at = null) =>
        IdeaManager.CreateIdea(city, CategoryOf(city), "More benches in parks", "Older residents need places to rest.", "fi", Guid.NewGuid(), null, ParticipationChannel.Online, at ?? Now);
}
