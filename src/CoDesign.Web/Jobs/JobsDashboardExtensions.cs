using Hangfire;

namespace CoDesign.Web.Jobs;

public static class JobsDashboardExtensions
{
    public const string Path = "/admin/hangfire";

    /// <summary>
    /// Hangfire's own dashboard at /admin/hangfire, for platform admins (PlatformAdminDashboardFilter),
    /// on this node's storage. The "back to site" link leads to the app's jobs page.
    /// </summary>
    public static WebApplication UseJobsDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var host = app.Services.GetRequiredService<JobsHost>();
        app.UseHangfireDashboard(Path, new DashboardOptions
        {
            AppPath = "/admin/jobs",
            DashboardTitle = "CoDesign jobs",
            DisplayStorageConnectionString = false,
            Authorization = [],
            AsyncAuthorization = [new PlatformAdminDashboardFilter()],
        }, host.Storage);
        return app;
    }
}
