using CoDesign.Application.Persistence;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Workshops;
using Microsoft.EntityFrameworkCore;

namespace CoDesign.Application.Workshops;

/// <summary>
/// Every change to a workshop's seats runs here: in one transaction that first locks the workshop's
/// row (an UPDATE of it: a row lock on PostgreSQL and SQL Server, the write lock on SQLite), then
/// reads it and its registrations fresh. Registrations and cancellations of one workshop therefore
/// happen one after another, so the seat count never passes the capacity, a person never holds two
/// rows, and a freed seat goes to exactly one person waiting. Other workshops are not held up.
/// Another city's workshop is "not found" (the tenant filter applies to the UPDATE too).
/// </summary>
public sealed class WorkshopSeats(ICoDesignDbContext db)
{
    public async Task<T> ChangeAsync<T>(Guid workshopId, Func<Workshop, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null)
        {
            // Part of a larger unit (account erasure): the lock is held until the caller commits.
            return await LockedAsync(workshopId, work, cancellationToken).ConfigureAwait(false);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await LockedAsync(workshopId, work, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    private async Task<T> LockedAsync<T>(Guid workshopId, Func<Workshop, Task<T>> work, CancellationToken cancellationToken)
    {
        var locked = await db.Workshops.Where(w => w.Id == workshopId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ConfirmedCount, w => w.ConfirmedCount), cancellationToken).ConfigureAwait(false);
        if (locked == 0)
        {
            throw new EntityNotFoundException("Workshop");
        }

        // Read under the lock; a copy this unit of work already tracks is refreshed, not trusted.
        foreach (var stale in db.ChangeTracker.Entries<Workshop>().Where(e => e.Entity.Id == workshopId).ToList())
        {
            await stale.ReloadAsync(cancellationToken).ConfigureAwait(false);
        }

        var workshop = await db.Workshops.FirstAsync(w => w.Id == workshopId, cancellationToken).ConfigureAwait(false);
        var result = await work(workshop).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The person who has waited longest (tracked, under the lock).</summary>
    public Task<WorkshopRegistration?> FirstWaitingAsync(Guid workshopId, CancellationToken cancellationToken) =>
        db.WorkshopRegistrations.Where(r => r.WorkshopId == workshopId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.QueuedAt).ThenBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>1 for the next in line; the order is the database's (queue time, then id), the same as <see cref="FirstWaitingAsync"/>.</summary>
    public async Task<int> QueuePositionAsync(WorkshopRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var queue = await WaitingOrderAsync(registration.WorkshopId, cancellationToken).ConfigureAwait(false);
        var index = queue.IndexOf(registration.Id);
        return index < 0 ? queue.Count + 1 : index + 1;
    }

    public Task<List<Guid>> WaitingOrderAsync(Guid workshopId, CancellationToken cancellationToken) =>
        db.WorkshopRegistrations.AsNoTracking().Where(r => r.WorkshopId == workshopId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.QueuedAt).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
}
