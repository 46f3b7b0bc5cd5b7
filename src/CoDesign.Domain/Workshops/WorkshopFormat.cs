namespace CoDesign.Domain.Workshops;

/// <summary>Where a workshop happens: at a place, online (a link shown only to registered people), or both.</summary>
public enum WorkshopFormat
{
    InPerson,
    Online,
    Hybrid,
}
