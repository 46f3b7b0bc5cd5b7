using CoDesign.Domain.Workshops;

namespace CoDesign.Domain.Tests.Workshops;

/// <summary>A valid workshop and its parts, so each test changes only what it is about.</summary>
internal static class WorkshopBuilder
{
    /// <summary>10.12.2026 17:00–19:00 in Helsinki (winter time, UTC+2).</summary>
    public static readonly DateTime Start = new(2026, 12, 10, 15, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime End = Start.AddHours(2);

    public static readonly DateTime Created = Start.AddDays(-30);

    public static WorkshopText Text(string? titleFi = null, string? descriptionSv = null) => new(
        titleFi ?? "Iltakirjaston työpaja", "Kvällsbibliotekets verkstad", "Evening library workshop",
        "Suunnitellaan yhdessä.", descriptionSv ?? "Vi planerar tillsammans.", "We plan together.");

    public static WorkshopPlace InPerson(string? venue = "Pääkirjasto", string? address = "Kirjastonkatu 1", string? room = "Sali 2") =>
        new(WorkshopFormat.InPerson, venue, address, room, null);

    public static WorkshopPlace Online(string? url = "https://meet.example.fi/ilta") => new(WorkshopFormat.Online, null, null, null, url);

    public static WorkshopAccess Access(params string[] languages) => new(languages.Length == 0 ? ["fi", "sv"] : languages, true, false, true, false);

    public static Workshop New(int capacity = 2, DateTime? opens = null, DateTime? closes = null, WorkshopPlace? place = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Text(), place ?? InPerson(), Access(), Start, End, capacity, opens, closes, Created);

    /// <summary>Changes one thing of <paramref name="workshop"/> and keeps the rest as <see cref="New"/> made it.</summary>
    public static bool Update(Workshop workshop, WorkshopText? text = null, WorkshopPlace? place = null, WorkshopAccess? access = null,
        DateTime? start = null, DateTime? end = null, int? capacity = null, DateTime? opens = null, DateTime? closes = null) =>
        workshop.Update(text ?? Text(), place ?? InPerson(), access ?? Access(), start ?? Start, end ?? End, capacity ?? workshop.Capacity, opens, closes);

    public static WorkshopRegistration Registration(Workshop workshop, RegistrationStatus status, DateTime at) =>
        WorkshopRegistration.ForUser(Guid.NewGuid(), workshop.TenantId, workshop.Id, Guid.NewGuid(), "fi", status, at);

    /// <summary>Admits a new person as registration would, and returns their row.</summary>
    public static WorkshopRegistration Admit(Workshop workshop, DateTime at)
    {
        var status = workshop.Admit(at, byStaff: false);
        return Registration(workshop, status, at);
    }
}
