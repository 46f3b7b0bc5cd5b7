using CoDesign.Application.Ideas;
using CoDesign.Application.Localization;
using CoDesign.Application.Permissions;
using CoDesign.Application.Persistence;
using CoDesign.Application.Processes;
using CoDesign.Application.Users;
using CoDesign.Domain.Errors;
using CoDesign.Domain.MultiTenancy;
using CoDesign.Domain.Processes;
using CoDesign.Domain.Workshops;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Workshops;

/// <summary>
/// Workshops as residents meet them: a process's list, a workshop's page, and registering or
/// cancelling one's own place. The meeting link is shown only to a person with a seat and to
/// staff. A workshop of a draft process exists only for staff; another city's is "not found".
/// </summary>
public sealed class WorkshopAppService(
    ICoDesignDbContext db,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    WorkshopSeats seats,
    WorkshopMails mails,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkshopListItemDto>> ListForProcessAsync(Guid processId, string language, CancellationToken cancellationToken = default)
    {
        await VisibleProcessAsync(processId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var workshops = await db.Workshops.AsNoTracking().Where(w => w.ProcessId == processId).OrderBy(w => w.StartsAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = workshops.Select(w => w.Id).ToList();
        var waiting = await db.WorkshopRegistrations.AsNoTracking().Where(r => ids.Contains(r.WorkshopId) && r.Status == RegistrationStatus.Waitlisted)
            .GroupBy(r => r.WorkshopId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        return workshops.Select(w => new WorkshopListItemDto(w.Id, w.ProcessId, w.Title(language), w.Format.ToString(), w.Venue, w.StartsAt, w.EndsAt,
            w.Capacity, w.ConfirmedCount, waiting.GetValueOrDefault(w.Id), w.IsCancelled, w.EndsAt <= now, w.IsRegistrationOpenAt(now), w.LanguageList)).ToList();
    }

    public async Task<WorkshopDetailDto> GetAsync(Guid workshopId, string language, CancellationToken cancellationToken = default)
    {
        var workshop = await db.Workshops.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workshopId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Workshop");
        var process = await VisibleProcessAsync(workshop.ProcessId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        MyRegistrationDto? mine = null;
        if (currentUser.Id is { } userId)
        {
            var registration = await db.WorkshopRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.WorkshopId == workshopId && r.UserId == userId, cancellationToken).ConfigureAwait(false);
            if (registration is { IsActive: true })
            {
                var position = registration.Status == RegistrationStatus.Waitlisted ? await seats.QueuePositionAsync(registration, cancellationToken).ConfigureAwait(false) : (int?)null;
                mine = new MyRegistrationDto(registration.Status.ToString(), position, registration.StatusChangedAt);
            }
        }

        var staff = await permissions.IsGrantedAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false);
        var showLink = workshop.HasLink && !workshop.IsCancelled && (staff || mine?.Status == nameof(RegistrationStatus.Confirmed));
        var waiting = await db.WorkshopRegistrations.AsNoTracking().CountAsync(r => r.WorkshopId == workshopId && r.Status == RegistrationStatus.Waitlisted, cancellationToken).ConfigureAwait(false);
        var ideas = await LinkedIdeasAsync(db, workshopId, cancellationToken).ConfigureAwait(false);
        return new WorkshopDetailDto(workshop.Id, workshop.ProcessId, process.Title(language), workshop.Title(language), SafeMarkdown.ToHtml(workshop.Description(language)),
            workshop.Format.ToString(), workshop.Venue, workshop.Address, workshop.Room, showLink ? workshop.OnlineUrl : null, workshop.StartsAt, workshop.EndsAt,
            workshop.Capacity, workshop.ConfirmedCount, waiting, workshop.LanguageList,
            workshop.StepFreeAccess, workshop.InductionLoop, workshop.SignLanguageOnRequest, workshop.ChildCare,
            workshop.RegistrationOpensAt, workshop.RegistrationEndsAt, workshop.IsRegistrationOpenAt(now), workshop.IsCancelled, workshop.EndsAt <= now, mine,
            workshop.AttendanceCount, workshop.MinutesPublishedAt is null ? null : SafeMarkdown.ToHtml(workshop.Minutes(language)), workshop.MinutesPublishedAt, ideas);
    }

    /// <summary>Takes a seat, or a place in the queue when the workshop is full; registering again while registered changes nothing.</summary>
    public async Task<RegistrationResultDto> RegisterAsync(Guid workshopId, string language, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsRegister, cancellationToken).ConfigureAwait(false);
        var userId = currentUser.Id!.Value;
        var lang = Languages.Normalize(language);
        await VisibleWorkshopProcessAsync(workshopId, requirePublished: true, cancellationToken).ConfigureAwait(false);
        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == currentTenant.Id, cancellationToken).ConfigureAwait(false);
        return await seats.ChangeAsync(workshopId, async workshop =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var registration = await db.WorkshopRegistrations.FirstOrDefaultAsync(r => r.WorkshopId == workshopId && r.UserId == userId, cancellationToken).ConfigureAwait(false);
            if (registration is { IsActive: true })
            {
                return await ResultAsync(registration, workshop, cancellationToken).ConfigureAwait(false);
            }

            var status = workshop.Admit(now, byStaff: false);
            if (registration is null)
            {
                registration = WorkshopRegistration.ForUser(Guid.CreateVersion7(now), workshop.TenantId, workshopId, userId, lang, status, now);
                db.WorkshopRegistrations.Add(registration);
            }
            else
            {
                registration.Rejoin(status, lang, now);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var result = await ResultAsync(registration, workshop, cancellationToken).ConfigureAwait(false);
            await mails.QueueAsync(status == RegistrationStatus.Confirmed ? WorkshopMails.Confirmed : WorkshopMails.Waitlisted, workshop, registration, city, now, result.QueuePosition, cancellationToken: cancellationToken).ConfigureAwait(false);
            return result;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives up one's seat or queue place before the workshop starts; a freed seat goes to the person who has waited longest.</summary>
    public async Task<RegistrationResultDto> CancelAsync(Guid workshopId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(CoDesignPermissions.WorkshopsRegister, cancellationToken).ConfigureAwait(false);
        var userId = currentUser.Id!.Value;
        await VisibleWorkshopProcessAsync(workshopId, requirePublished: false, cancellationToken).ConfigureAwait(false);
        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == currentTenant.Id, cancellationToken).ConfigureAwait(false);
        return await seats.ChangeAsync(workshopId, async workshop =>
        {
            var registration = await db.WorkshopRegistrations.FirstOrDefaultAsync(r => r.WorkshopId == workshopId && r.UserId == userId, cancellationToken).ConfigureAwait(false)
                ?? throw new EntityNotFoundException("Registration");
            return await ReleaseAsync(db, seats, mails, workshop, registration, city, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A workshop addressed under a process that is not its own is "not found".</summary>
    public async Task EnsureInProcessAsync(Guid processId, Guid workshopId, CancellationToken cancellationToken = default)
    {
        if (!await db.Workshops.AnyAsync(w => w.Id == workshopId && w.ProcessId == processId, cancellationToken).ConfigureAwait(false))
        {
            throw new EntityNotFoundException("Workshop");
        }
    }

    /// <summary>Cancels a registration under the workshop's lock and hands its seat on, with the mails both people get.</summary>
    internal static async Task<RegistrationResultDto> ReleaseAsync(ICoDesignDbContext db, WorkshopSeats seats, WorkshopMails mails, Workshop workshop, WorkshopRegistration registration,
        Domain.Tenancy.City city, DateTime now, CancellationToken cancellationToken)
    {
        if (!registration.IsActive)
        {
            return new RegistrationResultDto(registration.Id, registration.Status.ToString(), null, workshop.ConfirmedCount, workshop.Capacity);
        }

        if (now >= workshop.StartsAt)
        {
            throw new BusinessException(ErrorCodes.WorkshopOver, "The workshop has started; a registration is no longer cancelled.");
        }

        var hadSeat = registration.Status == RegistrationStatus.Confirmed;
        var next = hadSeat ? await seats.FirstWaitingAsync(workshop.Id, cancellationToken).ConfigureAwait(false) : null;
        var promoted = workshop.Release(registration, next, now);
        await mails.QueueAsync(WorkshopMails.RegistrationCancelled, workshop, registration, city, now, withCalendar: hadSeat, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (promoted is not null)
        {
            await mails.QueueAsync(WorkshopMails.Promoted, workshop, promoted, city, now, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return new RegistrationResultDto(registration.Id, registration.Status.ToString(), null, workshop.ConfirmedCount, workshop.Capacity);
    }

    internal static async Task<IReadOnlyList<WorkshopIdeaDto>> LinkedIdeasAsync(ICoDesignDbContext db, Guid workshopId, CancellationToken cancellationToken) =>
        await (from l in db.WorkshopIdeas.AsNoTracking()
               join i in db.Ideas.AsNoTracking() on l.IdeaId equals i.Id
               where l.WorkshopId == workshopId && ProcessAppService.PublicStatuses.Contains(i.Status)
               orderby i.VoteCount descending
               select new WorkshopIdeaDto(i.Id, i.Title, i.Status.ToString(), i.VoteCount)).ToListAsync(cancellationToken).ConfigureAwait(false);

    private async Task<RegistrationResultDto> ResultAsync(WorkshopRegistration registration, Workshop workshop, CancellationToken cancellationToken)
    {
        var position = registration.Status == RegistrationStatus.Waitlisted ? await seats.QueuePositionAsync(registration, cancellationToken).ConfigureAwait(false) : (int?)null;
        return new RegistrationResultDto(registration.Id, registration.Status.ToString(), position, workshop.ConfirmedCount, workshop.Capacity);
    }

    private async Task VisibleWorkshopProcessAsync(Guid workshopId, bool requirePublished, CancellationToken cancellationToken)
    {
        var processId = await db.Workshops.AsNoTracking().Where(w => w.Id == workshopId).Select(w => (Guid?)w.ProcessId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Workshop");
        var process = await VisibleProcessAsync(processId, cancellationToken).ConfigureAwait(false);
        if (requirePublished && !process.IsPublished)
        {
            throw new BusinessException(ErrorCodes.ProcessNotOpen, "The process is not published.");
        }
    }

    private async Task<Process> VisibleProcessAsync(Guid processId, CancellationToken cancellationToken)
    {
        var process = await db.Processes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == processId, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("Process");
        if (!process.IsPublished && !await permissions.IsGrantedAsync(CoDesignPermissions.WorkshopsManage, cancellationToken).ConfigureAwait(false))
        {
            throw new EntityNotFoundException("Process");
        }

        return process;
    }
}
