namespace CoDesign.Application.Workshops;

/// <summary>A workshop in a process's list: when, where, how full.</summary>
public sealed record WorkshopListItemDto(
    Guid Id, Guid ProcessId, string Title, string Format, string? Venue, DateTime StartsAt, DateTime EndsAt,
    int Capacity, int SeatsTaken, int Waiting, bool IsCancelled, bool IsPast, bool RegistrationOpen, IReadOnlyList<string> Languages);

/// <summary>The reader's own place at a workshop: a seat, a place in the queue (1 = next), or none.</summary>
public sealed record MyRegistrationDto(string Status, int? QueuePosition, DateTime Since);

/// <summary>An idea a workshop worked on.</summary>
public sealed record WorkshopIdeaDto(Guid Id, string Title, string Status, int VoteCount);

/// <summary>
/// A workshop page: what it is, where and when, for whom (languages, accessibility), how full, the
/// reader's registration, the meeting link (to people with a seat and to staff only), the minutes
/// once published, and the ideas it worked on.
/// </summary>
public sealed record WorkshopDetailDto(
    Guid Id, Guid ProcessId, string ProcessTitle, string Title, string DescriptionHtml, string Format,
    string? Venue, string? Address, string? Room, string? OnlineUrl, DateTime StartsAt, DateTime EndsAt,
    int Capacity, int SeatsTaken, int Waiting, IReadOnlyList<string> Languages,
    bool StepFreeAccess, bool InductionLoop, bool SignLanguageOnRequest, bool ChildCare,
    DateTime? RegistrationOpensAt, DateTime RegistrationClosesAt, bool RegistrationOpen,
    bool IsCancelled, bool IsPast, MyRegistrationDto? Mine, int? AttendanceCount, string? MinutesHtml, DateTime? MinutesPublishedAt,
    IReadOnlyList<WorkshopIdeaDto> Ideas);

/// <summary>What staff write for a workshop. Times are Helsinki local dates and times as typed ("2026-12-10", "17:30").</summary>
public sealed record WorkshopInput(
    string? TitleFi, string? TitleSv, string? TitleEn,
    string? DescriptionFi, string? DescriptionSv, string? DescriptionEn,
    string? Format, string? Venue, string? Address, string? Room, string? OnlineUrl,
    DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, int? Capacity,
    IReadOnlyCollection<string>? Languages, bool StepFreeAccess, bool InductionLoop, bool SignLanguageOnRequest, bool ChildCare,
    DateOnly? RegistrationOpensOn, DateOnly? RegistrationClosesOn);

/// <summary>A workshop as staff edit it, with its registrations.</summary>
public sealed record WorkshopEditDto(Guid Id, Guid ProcessId, string ProcessTitle, WorkshopInput Input, bool IsCancelled, bool HasStarted,
    int Capacity, int SeatsTaken, int? AttendanceCount, string MinutesFi, string MinutesSv, string MinutesEn, DateTime? MinutesPublishedAt,
    IReadOnlyList<RegistrationDto> Registrations, IReadOnlyList<Guid> LinkedIdeaIds, IReadOnlyList<WorkshopIdeaDto> ProcessIdeas);

/// <summary>One registration as staff see it (personal data: staff only). Channel: online (an account) or assisted.</summary>
public sealed record RegistrationDto(Guid Id, string Name, string? Email, string? Phone, string Status, int? QueuePosition, bool Assisted, bool Attended, DateTime QueuedAt, bool CanBeMailed);

/// <summary>A person registered by staff: name, a phone number or an e-mail address, the language of their mail, consent.</summary>
public sealed record AssistedRegistrationInput(string? Name, string? Email, string? Phone, string? Language, bool ConsentNoted);

/// <summary>After a registration or cancellation: the person's status, the queue position if waiting, and who moved up.</summary>
public sealed record RegistrationResultDto(Guid RegistrationId, string Status, int? QueuePosition, int SeatsTaken, int Capacity);

/// <summary>A workshop in the staff's list: with its process, and whether attendance and minutes are recorded.</summary>
public sealed record WorkshopAdminListItemDto(WorkshopListItemDto Workshop, string ProcessTitle, int? AttendanceCount, bool MinutesPublished);
