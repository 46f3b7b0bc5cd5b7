using System.Diagnostics;

namespace CoDesign.Web.Tests.Faults;

/// <summary>Running counts of a round's writes, read by the test while the participants write.</summary>
internal sealed class WriteTally
{
    private long _killedAt = long.MaxValue;
    private int _acknowledged;
    private int _refused;
    private int _unanswered;
    private int _cutShort;

    public int AcknowledgedCount => Volatile.Read(ref _acknowledged);

    public int RefusedCount => Volatile.Read(ref _refused);

    /// <summary>Requests that got no answer: cut short by the kill, or sent after it.</summary>
    public int UnansweredCount => Volatile.Read(ref _unanswered);

    /// <summary>Requests sent before the kill that failed after it: in flight when the node died.</summary>
    public int CutShortCount => Volatile.Read(ref _cutShort);

    /// <summary>Called just before the node is killed.</summary>
    public void Kill() => Volatile.Write(ref _killedAt, Stopwatch.GetTimestamp());

    public void Acknowledged() => Interlocked.Increment(ref _acknowledged);

    public void Refused() => Interlocked.Increment(ref _refused);

    /// <param name="sentAt">When the request was sent (<see cref="Stopwatch.GetTimestamp"/>).</param>
    public void Unanswered(long sentAt)
    {
        Interlocked.Increment(ref _unanswered);
        var killedAt = Volatile.Read(ref _killedAt);
        if (sentAt < killedAt && Stopwatch.GetTimestamp() >= killedAt)
        {
            Interlocked.Increment(ref _cutShort);
        }
    }
}
