using System.Collections.Concurrent;
using CoDesign.Application.Notifications;

namespace CoDesign.TestBase;

/// <summary>The scheduler port for application tests, which run no Quartz: it remembers what was asked.</summary>
public sealed class RecordingJobScheduler : IJobScheduler
{
    public ConcurrentDictionary<string, string> CityCrons { get; } = new(StringComparer.Ordinal);

    public Task ScheduleCityDigestAsync(Guid cityId, string slug, string cron, CancellationToken cancellationToken = default)
    {
        CityCrons[slug] = cron;
        return Task.CompletedTask;
    }
}
