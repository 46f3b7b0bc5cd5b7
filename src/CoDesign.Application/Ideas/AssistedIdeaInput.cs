using CoDesign.Domain.Ideas;

namespace CoDesign.Application.Ideas;

/// <summary>An idea recorded by staff for a resident without an account, with the channel it came through.</summary>
public sealed record AssistedIdeaInput(
    string? Title,
    string? Body,
    Guid? CategoryId,
    string? District,
    string? Language,
    ParticipationChannel Channel,
    bool ConsentNoted,
    string? ContactEmail);
