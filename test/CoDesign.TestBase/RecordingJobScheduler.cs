using System.Collections.Concurrent;
using CoDesign.Application.Notifications;

namespace CoDesign.TestBase;

/// <summary>The scheduler port for application tests, which run no Hangfire: it remembers what was asked.</summary>
public sealed class RecordingJobScheduler : IJobScheduler
{
    public ConcurrentDictionary<string, string> CityCrons { get; } = new(StringComparer.Ordinal);

    public Task ScheduleCityDigestAsync(Guid cityId, string slug, string cron, CancellationToken cancellationToken = default)
    {
        CityCrons[slug] = cron;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyCollection<string>> ScheduledCityDigestsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyCollection<string>>(CityCrons.Keys.ToList());

    public Task RemoveCityDigestAsync(string slug, CancellationToken cancellationToken = default)
    {
        CityCrons.TryRemove(slug, out _);
        return Task.CompletedTask;
    }
}
