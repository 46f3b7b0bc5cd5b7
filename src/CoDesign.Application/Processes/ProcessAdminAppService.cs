using CoDesign.Application.Localization;
using CoDesign.Application.Moderation;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Moderation;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Processes;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Processes;

/// <summary>City admins create processes and keep their timelines: phases added, moved, extended, reopened, removed; publish.</summary>
public sealed class ProcessAdminAppService(ICoDesignDbContext db, IPermissionChecker permissions, ICurrentTenant currentTenant, AuditLog audit, TimeProvider clock)
{
    public async Task<ProcessEditDto> GetForEditAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var process = await LoadAsync(id, tracking: false, cancellationToken).ConfigureAwait(false);
        var input = new ProcessInput(process.TitleFi, process.TitleSv, process.TitleEn, process.QuestionFi, process.QuestionSv, process.QuestionEn,
            process.DescriptionFi, process.DescriptionSv, process.DescriptionEn, process.CategoryId, process.Districts);
        return new ProcessEditDto(process.Id, input, process.IsPublished, ProcessAppService.Phases(process, clock.GetUtcNow().UtcDateTime));
    }

    public async Task<Guid> CreateAsync(ProcessInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.ProcessesManage, cancellationToken).ConfigureAwait(false);
        await EnsureCategoryAsync(input.CategoryId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var process = new Process(Guid.CreateVersion7(now), currentTenant.Id!.Value, Text(input), input.CategoryId, Districts(input.Districts), now);
        db.Processes.Add(process);
        audit.Record(AuditActions.ProcessCreated, "Process", process.Id, process.TitleFi);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return process.Id;
    }

    public async Task UpdateAsync(Guid id, ProcessInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var process = await LoadAsync(id, tracking: true, cancellationToken).ConfigureAwait(false);
        await EnsureCategoryAsync(input.CategoryId, cancellationToken).ConfigureAwait(false);
        process.Update(Text(input), input.CategoryId, Districts(input.Districts));
        audit.Record(AuditActions.ProcessUpdated, "Process", process.Id, process.TitleFi);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Guid> AddPhaseAsync(Guid id, PhaseInput input, CancellationToken cancellationToken = default)
    {
        var process = await LoadAsync(id, tracking: true, cancellationToken).ConfigureAwait(false);
        var (kind, start, end) = Parse(input);
        var phase = process.AddPhase(Guid.CreateVersion7(), kind, start, end);
        db.ProcessPhases.Add(phase);
        audit.Record(AuditActions.ProcessPhasesChanged, "Process", process.Id, Describe("+", kind, start, end));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return phase.Id;
    }

    /// <summary>New kind and dates for a phase: extend it, reopen it (an end in the future again) or move it.</summary>
    public async Task ReschedulePhaseAsync(Guid id, Guid phaseId, PhaseInput input, CancellationToken cancellationToken = default)
    {
        var process = await LoadAsync(id, tracking: true, cancellationToken).ConfigureAwait(false);
        var (kind, start, end) = Parse(input);
        process.ReschedulePhase(phaseId, kind, start, end);
        audit.Record(AuditActions.ProcessPhasesChanged, "Process", process.Id, Describe("~", kind, start, end));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task MovePhaseAsync(Guid id, Guid phaseId, bool earlier, CancellationToken cancellationToken = default)
    {
        var process = await LoadAsync(id, tracking: true, cancellationToken).ConfigureAwait(false);
        process.MovePhase(phaseId, earlier);
        audit.Record(AuditActions.ProcessPhasesChanged, "Process", process.Id, string.Join(" → ", process.Timeline.Select(p => p.Kind)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task RemovePhaseAsync(Guid id, Guid phaseId, CancellationToken cancellationToken = default)
    {
        var process = await LoadAsync(id, tracking: true, cancellationToken).ConfigureAwait(false);
        var phase = process.Phases.FirstOrDefault(p => p.Id == phaseId) ?? throw new EntityNotFoundException("Phase");
        process.RemovePhase(phaseId);
        db.ProcessPhases.Remove(phase);
        audit.Record(AuditActions.ProcessPhasesChanged, "Process", process.Id, Describe("-", phase.Kind, phase.StartsAt, phase.EndsAt));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task SetPublishedAsync(Guid id, bool published, CancellationToken cancellationToken = default)
    {
        var process = await LoadAsync(id, tracking: true, cancellationToken).ConfigureAwait(false);
        if (published)
        {
            process.Publish(clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            process.Unpublish();
        }

        audit.Record(published ? AuditActions.ProcessPublished : AuditActions.ProcessUnpublished, "Process", process.Id, process.TitleFi);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (PhaseKind Kind, DateTime Start, DateTime End) Parse(PhaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Enum.TryParse<PhaseKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(input.Kind, out _))
        {
            throw new BusinessException(ErrorCodes.Validation, "Unknown phase kind.") { Field = nameof(PhaseInput.Kind) };
        }

        var starts = input.StartsOn ?? throw new BusinessException(ErrorCodes.Validation, "A phase needs a first day.") { Field = nameof(PhaseInput.StartsOn) };
        var ends = input.EndsOn ?? throw new BusinessException(ErrorCodes.Validation, "A phase needs a last day.") { Field = nameof(PhaseInput.EndsOn) };
        if (ends < starts)
        {
            throw new BusinessException(ErrorCodes.Validation, "A phase ends on or after the day it starts.") { Field = nameof(PhaseInput.EndsOn) };
        }

        // Both days are included: the phase runs from the first day's midnight to the midnight after the last (Helsinki time).
        return (kind, HelsinkiTime.StartOfDayUtc(starts), HelsinkiTime.StartOfDayUtc(ends.AddDays(1)));
    }

    private static string Describe(string change, PhaseKind kind, DateTime start, DateTime end) =>
        $"{change}{kind} {HelsinkiTime.DateOf(start):yyyy-MM-dd}–{HelsinkiTime.DateOf(PhaseMessages.LastDay(end)):yyyy-MM-dd}";

    private static ProcessText Text(ProcessInput input) => new(
        input.TitleFi ?? string.Empty, input.TitleSv ?? string.Empty, input.TitleEn ?? string.Empty,
        input.QuestionFi ?? string.Empty, input.QuestionSv ?? string.Empty, input.QuestionEn ?? string.Empty,
        input.DescriptionFi ?? string.Empty, input.DescriptionSv ?? string.Empty, input.DescriptionEn ?? string.Empty);

    private static string[] Districts(string? districts) =>
        (districts ?? string.Empty).Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private async Task EnsureCategoryAsync(Guid? categoryId, CancellationToken cancellationToken)
    {
        if (categoryId is { } id && !await db.Categories.AnyAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false))
        {
            throw new BusinessException(ErrorCodes.Validation, "Unknown category.") { Field = nameof(ProcessInput.CategoryId) };
        }
    }

    private async Task<Process> LoadAsync(Guid id, bool tracking, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(CoDesignPermissions.ProcessesManage, cancellationToken).ConfigureAwait(false);
        var query = tracking ? db.Processes : db.Processes.AsNoTracking();
        return await query.Include(p => p.Phases).FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Process");
    }
}
