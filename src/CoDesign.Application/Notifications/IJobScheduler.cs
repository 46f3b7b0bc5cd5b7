namespace CoDesign.Application.Notifications;

/// <summary>The scheduler as the application sees it: city digest schedules follow the city settings.</summary>
public interface IJobScheduler
{
    /// <summary>Creates or moves the city's digest to <paramref name="cron"/> (cron, seconds optional, Europe/Helsinki).</summary>
    Task ScheduleCityDigestAsync(Guid cityId, string slug, string cron, CancellationToken cancellationToken = default);

    /// <summary>The cities (slugs) that have a digest schedule.</summary>
    Task<IReadOnlyCollection<string>> ScheduledCityDigestsAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes a city's digest schedule (a closed city); no-op when there is none.</summary>
    Task RemoveCityDigestAsync(string slug, CancellationToken cancellationToken = default);
}
