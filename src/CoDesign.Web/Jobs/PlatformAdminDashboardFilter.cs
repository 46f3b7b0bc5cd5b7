using CoDesign.Application.Permissions;
using Hangfire.Dashboard;

namespace CoDesign.Web.Jobs;

/// <summary>
/// The Hangfire Dashboard is for platform admins only, on the app's own sign-in (cookie) and role:
/// anyone else, city staff included, is refused (401 when not signed in, 403 otherwise). Its POST
/// actions also need the app's antiforgery token, which Hangfire checks when antiforgery is registered.
/// </summary>
public sealed class PlatformAdminDashboardFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var permissions = http.RequestServices.GetRequiredService<IPermissionChecker>();
        return await permissions.IsGrantedAsync(CoDesignPermissions.PlatformJobsManage, http.RequestAborted).ConfigureAwait(false);
    }
}
