namespace CoDesign.Application.Notifications;

/// <summary>The "Mail:Delivery" section.</summary>
public sealed class OutboxDeliveryOptions
{
    public const string Section = "Mail:Delivery";

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each later one twice as long as the one before.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a node may hold a claimed message before another node may take it over.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Sent mails recorded in one UPDATE (failures are always recorded at once). A crash can send at
    /// most this many again, each with its own unchanged Message-ID; 1 records every mail on its own.
    /// </summary>
    public int RecordSentEvery { get; set; } = 1;

    /// <summary>Delivery workers per node: each claims its own rows, so they never send the same mail.</summary>
    public int Parallelism { get; set; } = 4;
}
