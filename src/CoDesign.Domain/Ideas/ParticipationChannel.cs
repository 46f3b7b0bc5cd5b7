namespace CoDesign.Domain.Ideas;

/// <summary>How an idea reached the city: online by the author, or recorded by staff for a resident.</summary>
public enum ParticipationChannel
{
    Online,
    ServicePoint,
    Phone,
    Paper,
    Event,
}
