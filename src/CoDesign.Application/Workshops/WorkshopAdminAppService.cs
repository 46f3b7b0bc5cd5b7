using CoDesign.Application.Localization;
using CoDesign.Application.Moderation;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Processes;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Moderation;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Workshops;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Workshops;

/// <summary>
/// Staff (city admins and officials) run a process's workshops: create and change them (registered
/// people get an updated invitation when the time or place moves), call them off, register people
/// who have no account (the assisted channel), cancel a registration, record attendance, publish
/// minutes and link the ideas a workshop worked on. Every change of seats goes through
/// <see cref="WorkshopSeats"/>.
/// </summary>
public sealed class WorkshopAdminAppService(
    ICoDesignDbContext db,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    WorkshopSeats seats,
    WorkshopMails mails,
    AuditLog audit,
    TimeProvider clock)
{
    public const int MaxLinkedIdeas = 50;

    public async Task<Guid> CreateAsync(Guid processId, WorkshopInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        if (!await db.Processes.AnyAsync(p => p.Id == processId, cancellationToken).ConfigureAwait(false))
        {
            throw new EntityNotFoundException("Process");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (start, end, opens, closes) = Times(input);
        if (start <= now)
        {
            throw new BusinessException(ErrorCodes.Validation, "A new workshop is in the future.") { Field = nameof(WorkshopInput.Date) };
        }

        var workshop = new Workshop(Guid.CreateVersion7(now), currentTenant.Id!.Value, processId, Text(input), Place(input), Access(input),
            start, end, input.Capacity ?? 0, opens, closes, now);
        db.Workshops.Add(workshop);
        audit.Record(AuditActions.WorkshopCreated, "Workshop", workshop.Id, workshop.TitleFi);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return workshop.Id;
    }

    /// <summary>Every workshop of the city for staff, upcoming first (soonest first), then past ones (latest first).</summary>
    public async Task<IReadOnlyList<WorkshopAdminListItemDto>> ListAsync(string language, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var workshops = await db.Workshops.AsNoTracking().OrderByDescending(w => w.StartsAt).Take(500).ToListAsync(cancellationToken).ConfigureAwait(false);
        var processIds = workshops.Select(w => w.ProcessId).Distinct().ToList();
        var processes = await db.Processes.AsNoTracking().Where(p => processIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var ids = workshops.Select(w => w.Id).ToList();
        var waiting = await db.WorkshopRegistrations.AsNoTracking().Where(r => ids.Contains(r.WorkshopId) && r.Status == RegistrationStatus.Waitlisted)
            .GroupBy(r => r.WorkshopId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        return workshops
            .OrderBy(w => w.EndsAt <= now ? 1 : 0).ThenBy(w => w.EndsAt <= now ? -w.StartsAt.Ticks : w.StartsAt.Ticks)
            .Select(w => new WorkshopAdminListItemDto(
                new WorkshopListItemDto(w.Id, w.ProcessId, w.Title(language), w.Format.ToString(), w.Venue, w.StartsAt, w.EndsAt, w.Capacity, w.ConfirmedCount,
                    waiting.GetValueOrDefault(w.Id), w.IsCancelled, w.EndsAt <= now, w.IsRegistrationOpenAt(now), w.LanguageList),
                processes.TryGetValue(w.ProcessId, out var p) ? p.Title(language) : "-", w.AttendanceCount, w.MinutesPublishedAt is not null))
            .ToList();
    }

    /// <summary>The processes a workshop can be added to (the city's, drafts included), newest first.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> ProcessChoicesAsync(string language, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var processes = await db.Processes.AsNoTracking().OrderByDescending(p => p.CreatedAt).Take(200).ToListAsync(cancellationToken).ConfigureAwait(false);
        return processes.Select(p => (p.Id, p.Title(language))).ToList();
    }

    public async Task<WorkshopEditDto> GetForEditAsync(Guid id, string language, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var w = await db.Workshops.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Workshop");
        var process = await db.Processes.AsNoTracking().FirstAsync(p => p.Id == w.ProcessId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = HelsinkiTime.ToLocal(w.StartsAt);
        var input = new WorkshopInput(w.TitleFi, w.TitleSv, w.TitleEn, w.DescriptionFi, w.DescriptionSv, w.DescriptionEn, w.Format.ToString(), w.Venue, w.Address, w.Room, w.OnlineUrl,
            DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(HelsinkiTime.ToLocal(w.EndsAt)), w.Capacity, w.LanguageList,
            w.StepFreeAccess, w.InductionLoop, w.SignLanguageOnRequest, w.ChildCare,
            w.RegistrationOpensAt is { } o ? HelsinkiTime.DateOf(o) : null,
            w.RegistrationClosesAt is { } c ? HelsinkiTime.DateOf(c.AddTicks(-1)) : null);
        var rows = await (from r in db.WorkshopRegistrations.AsNoTracking()
                          join u in db.Users.AsNoTracking() on r.UserId equals u.Id into users
                          from u in users.DefaultIfEmpty()
                          where r.WorkshopId == id && r.Status != RegistrationStatus.Cancelled
                          orderby r.QueuedAt, r.Id
                          select new { r.Id, r.Status, r.UserId, r.Name, r.Email, r.Phone, r.Attended, r.QueuedAt, UserName = u != null ? u.DisplayName : null, UserEmail = u != null ? u.Email : null, Confirmed = u != null && u.EmailConfirmed })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var queue = rows.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.Id).ToList();
        var registrations = rows.Select(r => new RegistrationDto(r.Id, r.UserId is null ? r.Name ?? "-" : r.UserName ?? "-", r.UserId is null ? r.Email : r.UserEmail, r.Phone,
            r.Status.ToString(), r.Status == RegistrationStatus.Waitlisted ? queue.IndexOf(r.Id) + 1 : null, r.UserId is null, r.Attended, r.QueuedAt,
            r.UserId is null ? r.Email is not null : r.Confirmed)).ToList();
        var linked = await db.WorkshopIdeas.AsNoTracking().Where(l => l.WorkshopId == id).Select(l => l.IdeaId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ideas = await db.Ideas.AsNoTracking().Where(i => i.ProcessId == w.ProcessId && ProcessAppService.PublicStatuses.Contains(i.Status))
            .OrderByDescending(i => i.VoteCount).Take(200).Select(i => new WorkshopIdeaDto(i.Id, i.Title, i.Status.ToString(), i.VoteCount)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new WorkshopEditDto(w.Id, w.ProcessId, process.Title(language), input, w.IsCancelled, now >= w.StartsAt, w.Capacity, w.ConfirmedCount, w.AttendanceCount,
            w.MinutesFi, w.MinutesSv, w.MinutesEn, w.MinutesPublishedAt, registrations, linked, ideas);
    }

    /// <summary>Changes a workshop. More seats move people up from the queue; a new time or place sends everyone with a seat an updated invitation.</summary>
    public async Task UpdateAsync(Guid id, WorkshopInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var (start, end, opens, closes) = Times(input);
        var city = await CityAsync(cancellationToken).ConfigureAwait(false);
        await seats.ChangeAsync(id, async workshop =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (workshop.IsCancelled)
            {
                throw new BusinessException(ErrorCodes.WorkshopCancelled, "The workshop is cancelled.");
            }

            var moved = workshop.Update(Text(input), Place(input), Access(input), start, end, input.Capacity ?? 0, opens, closes);
            var active = await db.WorkshopRegistrations.Where(r => r.WorkshopId == id && r.Status != RegistrationStatus.Cancelled).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (moved)
            {
                foreach (var r in active.Where(r => r.Status == RegistrationStatus.Confirmed))
                {
                    r.ResetReminder();
                    await mails.QueueAsync(WorkshopMails.Changed, workshop, r, city, now, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var waiting in active.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.QueuedAt).ThenBy(r => r.Id).ToList())
            {
                if (!workshop.TryPromote(waiting, now))
                {
                    break;
                }

                await mails.QueueAsync(WorkshopMails.Promoted, workshop, waiting, city, now, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            audit.Record(AuditActions.WorkshopUpdated, "Workshop", workshop.Id, workshop.TitleFi);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls the workshop off: everyone registered hears of it (people with a seat get the calendar cancellation).</summary>
    public async Task CancelWorkshopAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var city = await CityAsync(cancellationToken).ConfigureAwait(false);
        await seats.ChangeAsync(id, async workshop =>
        {
            if (workshop.IsCancelled)
            {
                return false;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            workshop.Cancel(now);
            var active = await db.WorkshopRegistrations.Where(r => r.WorkshopId == id && r.Status != RegistrationStatus.Cancelled).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var r in active)
            {
                await mails.QueueAsync(WorkshopMails.WorkshopCancelled, workshop, r, city, now, withCalendar: r.Status == RegistrationStatus.Confirmed, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            audit.Record(AuditActions.WorkshopCancelled, "Workshop", workshop.Id, workshop.TitleFi);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Registers a person without an account, as the assisted channel does: name, a phone or an address, consent noted.</summary>
    public async Task<RegistrationResultDto> RegisterAssistedAsync(Guid id, AssistedRegistrationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var city = await CityAsync(cancellationToken).ConfigureAwait(false);
        var language = Languages.Normalize(input.Language);
        return await seats.ChangeAsync(id, async workshop =>
        {
            var now = clock.GetUtcNow().UtcDateTime;

            // Validated before a seat is taken, so a refused form leaves the count as it was.
            WorkshopRegistration.Assisted(Guid.Empty, workshop.TenantId, id, input.Name, input.Email, input.Phone, language, input.ConsentNoted, currentUser.Id!.Value, RegistrationStatus.Waitlisted, now);
            var status = workshop.Admit(now, byStaff: true);
            var registration = WorkshopRegistration.Assisted(Guid.CreateVersion7(now), workshop.TenantId, id, input.Name, input.Email, input.Phone, language, input.ConsentNoted, currentUser.Id!.Value, status, now);
            db.WorkshopRegistrations.Add(registration);
            audit.Record(AuditActions.WorkshopRegistrationRecorded, "Workshop", workshop.Id, status.ToString());
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var position = status == RegistrationStatus.Waitlisted ? await seats.QueuePositionAsync(registration, cancellationToken).ConfigureAwait(false) : (int?)null;
            await mails.QueueAsync(status == RegistrationStatus.Confirmed ? WorkshopMails.Confirmed : WorkshopMails.Waitlisted, workshop, registration, city, now, position, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new RegistrationResultDto(registration.Id, status.ToString(), position, workshop.ConfirmedCount, workshop.Capacity);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Staff cancel someone's registration (a call to say they cannot come); the seat goes on as when the person cancels.</summary>
    public async Task<RegistrationResultDto> CancelRegistrationAsync(Guid id, Guid registrationId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var city = await CityAsync(cancellationToken).ConfigureAwait(false);
        return await seats.ChangeAsync(id, async workshop =>
        {
            var registration = await db.WorkshopRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.WorkshopId == id, cancellationToken).ConfigureAwait(false)
                ?? throw new EntityNotFoundException("Registration");
            audit.Record(AuditActions.WorkshopRegistrationCancelled, "Workshop", workshop.Id, registration.Status.ToString());
            return await WorkshopAppService.ReleaseAsync(db, seats, mails, workshop, registration, city, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After the workshop: which registered people came, and how many came in all.</summary>
    public async Task RecordAttendanceAsync(Guid id, IReadOnlyCollection<Guid> present, int total, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(present);
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var workshop = await db.Workshops.FirstOrDefaultAsync(w => w.Id == id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("Workshop");
        var confirmed = await db.WorkshopRegistrations.Where(r => r.WorkshopId == id && r.Status == RegistrationStatus.Confirmed).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (present.Except(confirmed.Select(r => r.Id)).Any())
        {
            throw new BusinessException(ErrorCodes.Validation, "Only people with a seat are marked present.") { Field = "Present" };
        }

        foreach (var r in confirmed)
        {
            r.MarkAttended(present.Contains(r.Id));
        }

        workshop.RecordAttendance(total, present.Count, clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditActions.WorkshopAttendanceRecorded, "Workshop", workshop.Id, $"{present.Count}/{total}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task PublishMinutesAsync(Guid id, string? fi, string? sv, string? en, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var workshop = await db.Workshops.FirstOrDefaultAsync(w => w.Id == id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("Workshop");
        workshop.PublishMinutes(fi, sv, en, clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditActions.WorkshopMinutesPublished, "Workshop", workshop.Id, workshop.TitleFi);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ideas of the process the workshop worked on (replaces the earlier choice).</summary>
    public async Task SetIdeasAsync(Guid id, IReadOnlyCollection<Guid> ideaIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ideaIds);
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var workshop = await db.Workshops.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("Workshop");
        var wanted = ideaIds.Distinct().ToList();
        if (wanted.Count > MaxLinkedIdeas)
        {
            throw new BusinessException(ErrorCodes.Validation, $"At most {MaxLinkedIdeas} ideas.") { Field = "Ideas" }.WithDetail("max", MaxLinkedIdeas);
        }

        var valid = await db.Ideas.AsNoTracking().Where(i => wanted.Contains(i.Id) && i.ProcessId == workshop.ProcessId).Select(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (valid.Count != wanted.Count)
        {
            throw new BusinessException(ErrorCodes.Validation, "Only ideas of this process can be linked.") { Field = "Ideas" };
        }

        var existing = await db.WorkshopIdeas.Where(l => l.WorkshopId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.WorkshopIdeas.RemoveRange(existing.Where(l => !wanted.Contains(l.IdeaId)));
        foreach (var ideaId in wanted.Except(existing.Select(l => l.IdeaId)))
        {
            db.WorkshopIdeas.Add(new WorkshopIdea(workshop.TenantId, id, ideaId));
        }

        audit.Record(AuditActions.WorkshopIdeasLinked, "Workshop", workshop.Id, wanted.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Helsinki date and times as typed, as UTC instants; registration opens at the start of its day and closes at the end of its day (by the start at the latest).</summary>
    internal static (DateTime Start, DateTime End, DateTime? Opens, DateTime? Closes) Times(WorkshopInput input)
    {
        var date = input.Date ?? throw new BusinessException(ErrorCodes.Validation, "A workshop needs a date.") { Field = nameof(WorkshopInput.Date) };
        var startTime = input.StartTime ?? throw new BusinessException(ErrorCodes.Validation, "A workshop needs a start time.") { Field = nameof(WorkshopInput.StartTime) };
        var endTime = input.EndTime ?? throw new BusinessException(ErrorCodes.Validation, "A workshop needs an end time.") { Field = nameof(WorkshopInput.EndTime) };
        var start = Utc(date, startTime, nameof(WorkshopInput.StartTime));
        var end = Utc(endTime <= startTime ? date.AddDays(1) : date, endTime, nameof(WorkshopInput.EndTime));
        DateTime? opens = input.RegistrationOpensOn is { } o ? HelsinkiTime.StartOfDayUtc(o) : null;
        DateTime? closes = input.RegistrationClosesOn is { } c ? HelsinkiTime.StartOfDayUtc(c.AddDays(1)) : null;
        if (closes > start)
        {
            closes = start;
        }

        if (opens is not null && closes is not null && closes <= opens)
        {
            throw new BusinessException(ErrorCodes.Validation, "Registration closes after it opens.") { Field = nameof(WorkshopInput.RegistrationClosesOn) };
        }

        return (start, end, opens, closes);
    }

    private static DateTime Utc(DateOnly date, TimeOnly time, string field)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (HelsinkiTime.Zone.IsInvalidTime(local))
        {
            // The hour the clocks skip in spring.
            throw new BusinessException(ErrorCodes.Validation, "That time does not exist in Helsinki (the clocks go forward).") { Field = field };
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, HelsinkiTime.Zone);
    }

    private static WorkshopText Text(WorkshopInput input) => new(
        input.TitleFi ?? string.Empty, input.TitleSv ?? string.Empty, input.TitleEn ?? string.Empty,
        input.DescriptionFi ?? string.Empty, input.DescriptionSv ?? string.Empty, input.DescriptionEn ?? string.Empty);

    private static WorkshopPlace Place(WorkshopInput input)
    {
        if (!Enum.TryParse<WorkshopFormat>(input.Format, ignoreCase: true, out var format) || !Enum.IsDefined(format) || int.TryParse(input.Format, out _))
        {
            throw new BusinessException(ErrorCodes.Validation, "Unknown workshop format.") { Field = nameof(WorkshopInput.Format) };
        }

        return new WorkshopPlace(format, input.Venue, input.Address, input.Room, input.OnlineUrl);
    }

    private static WorkshopAccess Access(WorkshopInput input) =>
        new(input.Languages ?? [], input.StepFreeAccess, input.InductionLoop, input.SignLanguageOnRequest, input.ChildCare);

    private Task<Domain.Tenancy.City> CityAsync(CancellationToken cancellationToken) =>
        db.Cities.AsNoTracking().FirstAsync(c => c.Id == currentTenant.Id, cancellationToken);
}
