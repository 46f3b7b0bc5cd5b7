using CoDesign.Domain.Entities;

namespace CoDesign.Domain.Notifications;

/// <summary>One run of a scheduled job on one node: when, how it ended, and what it did or why it failed.</summary>
public class JobRun : Entity
{
    public const int MaxJobLength = 200;
    public const int MaxNodeLength = 200;
    public const int MaxMessageLength = 2_000;

    protected JobRun()
    {
        Job = string.Empty;
        Node = string.Empty;
    }

    public JobRun(Guid id, string job, string node, DateTime startedAt)
        : base(id)
    {
        Job = job.Length <= MaxJobLength ? job : job[..MaxJobLength];
        Node = node.Length <= MaxNodeLength ? node : node[..MaxNodeLength];
        StartedAt = startedAt;
    }

    public string Job { get; protected set; }

    public string Node { get; protected set; }

    public DateTime StartedAt { get; protected set; }

    public DateTime? FinishedAt { get; protected set; }

    /// <summary>Null while running (or if the node died during the run).</summary>
    public bool? Succeeded { get; protected set; }

    public string? Message { get; protected set; }

    public void Finish(bool succeeded, string? message, DateTime now)
    {
        Succeeded = succeeded;
        FinishedAt = now;
        Message = message is null || message.Length <= MaxMessageLength ? message : message[..MaxMessageLength];
    }
}
