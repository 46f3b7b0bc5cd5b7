using System.Collections.Concurrent;
using CoDesign.Application.Notifications;

namespace CoDesign.Application.Tests.Notifications;

/// <summary>A mail transport that records each hand-over and each session; it can be made slow or failing.</summary>
public sealed class RecordingMailTransport : IMailTransport
{
    private readonly ConcurrentQueue<OutgoingMail> _sent = new();
    private int _calls;
    private int _sessions;
    private int _openSessions;

    public TimeSpan Delay { get; set; }

    /// <summary>When set and it returns an exception for a mail, that hand-over fails with it (after the delay).</summary>
    public Func<OutgoingMail, Exception?>? Failure { get; set; }

    public IReadOnlyCollection<OutgoingMail> Sent => _sent;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>How many sessions were opened (one per delivery batch).</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    /// <summary>Sessions opened and not yet disposed.</summary>
    public int OpenSessions => Volatile.Read(ref _openSessions);

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _sessions);
        Interlocked.Increment(ref _openSessions);
        return Task.FromResult<IMailSession>(new Session(this));
    }

    private sealed class Session(RecordingMailTransport owner) : IMailSession
    {
        public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner._calls);
            if (owner.Delay > TimeSpan.Zero)
            {
                await Task.Delay(owner.Delay, cancellationToken);
            }

            if (owner.Failure?.Invoke(mail) is { } failure)
            {
                throw failure;
            }

            owner._sent.Enqueue(mail);
        }

        public ValueTask DisposeAsync()
        {
            Interlocked.Decrement(ref owner._openSessions);
            return ValueTask.CompletedTask;
        }
    }
}
