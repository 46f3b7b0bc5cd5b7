using CoDesign.Domain.Entities;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Processes;

/// <summary>
/// A co-design process of a city: a question put to residents and a timeline of phases. The phase
/// in force decides what people can do (send ideas, support them, ...); a draft is for staff only.
/// </summary>
public class Process : Entity, IMultiTenant
{
    public const int MinTitleLength = 5;
    public const int MaxTitleLength = 150;
    public const int MaxQuestionLength = 300;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxDistrictsLength = 1_000;
    public const int MaxDistrictLength = 100;
    public const int MaxPhases = 12;

    private readonly List<ProcessPhase> _phases = [];

    protected Process()
    {
        TitleFi = TitleSv = TitleEn = string.Empty;
        QuestionFi = QuestionSv = QuestionEn = string.Empty;
        DescriptionFi = DescriptionSv = DescriptionEn = string.Empty;
        Districts = string.Empty;
    }

    public Process(Guid id, Guid tenantId, ProcessText text, Guid? categoryId, IEnumerable<string> districts, DateTime createdAt)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(text);
        TenantId = tenantId;
        TitleFi = TitleSv = TitleEn = string.Empty;
        QuestionFi = QuestionSv = QuestionEn = string.Empty;
        DescriptionFi = DescriptionSv = DescriptionEn = string.Empty;
        Districts = string.Empty;
        CreatedAt = createdAt;
        Update(text, categoryId, districts);
    }

    public Guid TenantId { get; protected set; }

    public string TitleFi { get; protected set; }

    public string TitleSv { get; protected set; }

    public string TitleEn { get; protected set; }

    public string QuestionFi { get; protected set; }

    public string QuestionSv { get; protected set; }

    public string QuestionEn { get; protected set; }

    /// <summary>Safe text (Markdown, as ideas), per language.</summary>
    public string DescriptionFi { get; protected set; }

    public string DescriptionSv { get; protected set; }

    public string DescriptionEn { get; protected set; }

    /// <summary>The service area: one of the city's categories (and through it a shared theme).</summary>
    public Guid? CategoryId { get; protected set; }

    /// <summary>The districts it concerns, one per line; empty for the whole city.</summary>
    public string Districts { get; protected set; }

    public bool IsPublished { get; protected set; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime? PublishedAt { get; protected set; }

    /// <summary>The phases as stored (EF's navigation); <see cref="Timeline"/> is them in order.</summary>
    public IReadOnlyCollection<ProcessPhase> Phases => _phases.AsReadOnly();

    public IReadOnlyList<ProcessPhase> Timeline => _phases.OrderBy(p => p.SortOrder).ToList();

    public IReadOnlyList<string> DistrictList => Districts.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Title(string language) => language switch { "sv" => TitleSv, "en" => TitleEn, _ => TitleFi };

    public void Update(ProcessText text, Guid? categoryId, IEnumerable<string> districts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(districts);
        var titles = (Guard(text.TitleFi, MinTitleLength, MaxTitleLength, nameof(TitleFi)), Guard(text.TitleSv, MinTitleLength, MaxTitleLength, nameof(TitleSv)), Guard(text.TitleEn, MinTitleLength, MaxTitleLength, nameof(TitleEn)));
        var questions = (Guard(text.QuestionFi, 1, MaxQuestionLength, nameof(QuestionFi)), Guard(text.QuestionSv, 1, MaxQuestionLength, nameof(QuestionSv)), Guard(text.QuestionEn, 1, MaxQuestionLength, nameof(QuestionEn)));
        var descriptions = (Guard(text.DescriptionFi, 1, MaxDescriptionLength, nameof(DescriptionFi)), Guard(text.DescriptionSv, 1, MaxDescriptionLength, nameof(DescriptionSv)), Guard(text.DescriptionEn, 1, MaxDescriptionLength, nameof(DescriptionEn)));
        var list = districts.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Any(d => d.Length > MaxDistrictLength || d.Contains('\n', StringComparison.Ordinal)) || list.Sum(d => d.Length + 1) > MaxDistrictsLength)
        {
            throw new BusinessException(ErrorCodes.Validation, "Districts are too long.") { Field = nameof(Districts) };
        }

        (TitleFi, TitleSv, TitleEn) = titles;
        (QuestionFi, QuestionSv, QuestionEn) = questions;
        (DescriptionFi, DescriptionSv, DescriptionEn) = descriptions;
        CategoryId = categoryId;
        Districts = string.Join('\n', list);
    }

    public void Publish(DateTime now)
    {
        if (_phases.Count == 0)
        {
            throw new BusinessException(ErrorCodes.ProcessNeedsPhases, "A process is published with at least one phase.");
        }

        IsPublished = true;
        PublishedAt ??= now;
    }

    public void Unpublish() => IsPublished = false;

    public ProcessPhase AddPhase(Guid id, PhaseKind kind, DateTime startsAt, DateTime endsAt)
    {
        if (_phases.Count >= MaxPhases)
        {
            throw new BusinessException(ErrorCodes.Validation, $"A process has at most {MaxPhases} phases.") { Field = "Phases" };
        }

        GuardDates(kind, startsAt, endsAt);
        var phase = new ProcessPhase(id, TenantId, Id, kind, startsAt, endsAt, _phases.Count == 0 ? 0 : _phases.Max(p => p.SortOrder) + 1);
        EnsureNoOverlap(_phases.Append(phase), phase.Id);
        _phases.Add(phase);
        return phase;
    }

    /// <summary>Changes a phase's kind and dates: extending it, reopening it (an end in the future again) or moving it.</summary>
    public void ReschedulePhase(Guid phaseId, PhaseKind kind, DateTime startsAt, DateTime endsAt)
    {
        var phase = Find(phaseId);
        GuardDates(kind, startsAt, endsAt);
        var (oldKind, oldStart, oldEnd) = (phase.Kind, phase.StartsAt, phase.EndsAt);
        phase.Reschedule(kind, startsAt, endsAt);
        try
        {
            EnsureNoOverlap(_phases, phase.Id);
        }
        catch (BusinessException)
        {
            phase.Reschedule(oldKind, oldStart, oldEnd);
            throw;
        }
    }

    /// <summary>Moves a phase one place earlier or later in the timeline (with its dates swapped with its neighbour's, so the timeline stays in time order).</summary>
    public void MovePhase(Guid phaseId, bool earlier)
    {
        var ordered = Timeline.ToList();
        var index = ordered.FindIndex(p => p.Id == phaseId);
        if (index < 0)
        {
            throw new EntityNotFoundException("Phase");
        }

        var other = earlier ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.Count)
        {
            return;
        }

        // The kinds change places; each slot of the timeline keeps its dates, so it stays in time order.
        var (first, second) = (ordered[Math.Min(index, other)], ordered[Math.Max(index, other)]);
        var firstKind = first.Kind;
        first.Reschedule(second.Kind, first.StartsAt, first.EndsAt);
        second.Reschedule(firstKind, second.StartsAt, second.EndsAt);
    }

    public void RemovePhase(Guid phaseId)
    {
        var phase = Find(phaseId);
        if (IsPublished && _phases.Count == 1)
        {
            throw new BusinessException(ErrorCodes.ProcessNeedsPhases, "A published process keeps at least one phase.");
        }

        _phases.Remove(phase);
        var order = 0;
        foreach (var p in _phases.OrderBy(p => p.SortOrder))
        {
            p.MoveTo(order++);
        }
    }

    /// <summary>The phase in force at <paramref name="utcNow"/>, if any.</summary>
    public ProcessPhase? PhaseAt(DateTime utcNow) => _phases.FirstOrDefault(p => p.IsInForceAt(utcNow));

    /// <summary>
    /// Refuses an action that only a phase of <paramref name="kind"/> allows when no such phase is in
    /// force, with the dates of the nearest one (the next, else the last) for the reader's message.
    /// </summary>
    public void EnsureOpenFor(PhaseKind kind, DateTime utcNow)
    {
        if (!IsPublished)
        {
            throw new BusinessException(ErrorCodes.ProcessNotOpen, "The process is not published.");
        }

        if (_phases.Any(p => p.Kind == kind && p.IsInForceAt(utcNow)))
        {
            return;
        }

        var window = _phases.Where(p => p.Kind == kind && p.StartsAt > utcNow).OrderBy(p => p.StartsAt).FirstOrDefault()
            ?? _phases.Where(p => p.Kind == kind).OrderByDescending(p => p.EndsAt).FirstOrDefault();
        var error = new BusinessException(ErrorCodes.ProcessOutOfPhase, $"No {kind} phase is in force.").WithDetail("action", kind.ToString());
        if (window is not null)
        {
            error = error.WithDetail("from", window.StartsAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
                .WithDetail("to", window.EndsAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }

        throw error;
    }

    private static void GuardDates(PhaseKind kind, DateTime startsAt, DateTime endsAt)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new BusinessException(ErrorCodes.Validation, "Unknown phase kind.") { Field = nameof(ProcessPhase.Kind) };
        }

        if (endsAt <= startsAt)
        {
            throw new BusinessException(ErrorCodes.Validation, "A phase ends after it starts.") { Field = nameof(ProcessPhase.EndsAt) };
        }
    }

    private static void EnsureNoOverlap(IEnumerable<ProcessPhase> phases, Guid changed)
    {
        var ordered = phases.OrderBy(p => p.StartsAt).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].StartsAt < ordered[i - 1].EndsAt)
            {
                throw new BusinessException(ErrorCodes.ProcessPhasesOverlap, "Phases may not overlap.") { Field = nameof(ProcessPhase.StartsAt) }
                    .WithDetail("phase", changed);
            }
        }
    }

    private ProcessPhase Find(Guid phaseId) => _phases.FirstOrDefault(p => p.Id == phaseId) ?? throw new EntityNotFoundException("Phase");

    private static string Guard(string? value, int min, int max, string field)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length >= min && trimmed.Length <= max
            ? trimmed
            : throw new BusinessException(ErrorCodes.Validation, $"{field} must be {min}–{max} characters.") { Field = field }.WithDetail("min", min).WithDetail("max", max);
    }
}
