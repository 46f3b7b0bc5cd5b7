namespace CoDesign.Application.Notifications;

/// <summary>The "Digests" section.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>How many recipients are composed and committed together (one transaction each).</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>A pause between batches, to spread a large run's load on the database and the mail server.</summary>
    public TimeSpan BatchPause { get; set; } = TimeSpan.Zero;
}
