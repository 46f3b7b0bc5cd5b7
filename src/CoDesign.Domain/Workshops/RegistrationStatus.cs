namespace CoDesign.Domain.Workshops;

/// <summary>A registration holds a seat, waits for one, or was cancelled (kept, so a person registers again on the same row).</summary>
public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
