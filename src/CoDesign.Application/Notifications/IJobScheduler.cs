namespace CoDesign.Application.Notifications;

/// <summary>The scheduler as the application sees it: city digest schedules follow the city settings.</summary>
public interface IJobScheduler
{
    /// <summary>Creates or moves the city's digest trigger to <paramref name="cron"/> (Quartz cron, Europe/Helsinki).</summary>
    Task ScheduleCityDigestAsync(Guid cityId, string slug, string cron, CancellationToken cancellationToken = default);
}
