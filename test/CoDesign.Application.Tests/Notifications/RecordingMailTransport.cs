using System.Collections.Concurrent;
using CoDesign.Application.Notifications;

namespace CoDesign.Application.Tests.Notifications;

/// <summary>A mail transport that records each hand-over; it can be made slow or failing.</summary>
public sealed class RecordingMailTransport : IMailTransport
{
    private readonly ConcurrentQueue<OutgoingMail> _sent = new();
    private int _calls;

    public TimeSpan Delay { get; set; }

    /// <summary>When set and it returns an exception for a mail, that hand-over fails with it (after the delay).</summary>
    public Func<OutgoingMail, Exception?>? Failure { get; set; }

    public IReadOnlyCollection<OutgoingMail> Sent => _sent;

    public int Calls => Volatile.Read(ref _calls);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Failure?.Invoke(mail) is { } failure)
        {
            throw failure;
        }

        _sent.Enqueue(mail);
    }
}
