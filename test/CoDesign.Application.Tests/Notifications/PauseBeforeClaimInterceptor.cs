using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoDesign.Application.Tests.Notifications;

/// <summary>
/// Holds the first outbox claim (the conditional UPDATE of LockedUntil) made in a flow that set
/// <see cref="PauseThisFlow"/>, so a test can let another handler run in between.
/// </summary>
public sealed class PauseBeforeClaimInterceptor : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> Paused = new();
    private int _held;

    public TaskCompletionSource ReachedClaim { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void PauseThisFlow() => Paused.Value = true;

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
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

        return result;
    }
}
