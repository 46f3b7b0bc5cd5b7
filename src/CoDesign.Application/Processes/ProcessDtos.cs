namespace CoDesign.Application.Processes;

/// <summary>One phase of a timeline as pages and the API show it.</summary>
public sealed record PhaseDto(Guid Id, string Kind, DateTime StartsAt, DateTime EndsAt, int SortOrder, bool IsCurrent, bool IsPast);

/// <summary>A process in the city's list.</summary>
public sealed record ProcessListItemDto(
    Guid Id, string Title, string Question, string State, string? CategoryName, string? ThemeKey, IReadOnlyList<string> Districts,
    PhaseDto? Current, PhaseDto? Next, DateTime? StartsAt, DateTime? EndsAt, int IdeaCount, bool IsPublished);

/// <summary>One of a process's ideas, most supported first.</summary>
public sealed record ProcessIdeaDto(Guid Id, string Title, string Status, int VoteCount, int CommentCount, string? District);

/// <summary>
/// A process page: its texts, the timeline, what a resident can do now and until when (the open
/// phase's kind and end), and its ideas.
/// </summary>
public sealed record ProcessDetailDto(
    Guid Id, string Title, string Question, string DescriptionHtml, string State, string? CategoryName, string? ThemeKey,
    IReadOnlyList<string> Districts, bool IsPublished, IReadOnlyList<PhaseDto> Phases, PhaseDto? Current, PhaseDto? Next,
    int IdeaCount, IReadOnlyList<ProcessIdeaDto> Ideas);

/// <summary>The list's filters: state (open, upcoming, past; staff also draft), theme key, district.</summary>
public sealed record ProcessQuery(string? State = null, string? Theme = null, string? District = null);

/// <summary>What a city admin writes for a process (every language).</summary>
public sealed record ProcessInput(
    string? TitleFi, string? TitleSv, string? TitleEn,
    string? QuestionFi, string? QuestionSv, string? QuestionEn,
    string? DescriptionFi, string? DescriptionSv, string? DescriptionEn,
    Guid? CategoryId, string? Districts);

/// <summary>A phase as a city admin sets it: its kind and first and last day (Helsinki dates, both included).</summary>
public sealed record PhaseInput(string? Kind, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>A process as the admin form edits it.</summary>
public sealed record ProcessEditDto(Guid Id, ProcessInput Input, bool IsPublished, IReadOnlyList<PhaseDto> Phases);
