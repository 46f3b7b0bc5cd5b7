using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoDesign.Application.Tests.Notifications;

/// <summary>
/// Holds the first outbox claim (the UPDATE of LockedUntil) made in a flow that set
/// <see cref="PauseThisFlow"/>, so a test can let another handler run in between.
/// </summary>
public sealed class PauseBeforeClaimInterceptor : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> Paused = new();
    private int _held;

    public TaskCompletionSource ReachedClaim { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void PauseThisFlow() => Paused.Value = true;

    /// <summary>The claim is one UPDATE … RETURNING, run as a reader.</summary>
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await HoldIfClaimAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await HoldIfClaimAsync(command, cancellationToken);
        return result;
    }

    private async Task HoldIfClaimAsync(DbCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Paused.Value
            && command.CommandText.Contains("UPDATE \"OutboxMails\"", StringComparison.Ordinal)
            && command.CommandText.Contains("\"LockedUntil\"", StringComparison.Ordinal)
            && Interlocked.Exchange(ref _held, 1) == 0)
        {
            ReachedClaim.TrySetResult();
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
    }
}
