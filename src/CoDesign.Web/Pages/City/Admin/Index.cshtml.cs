using CoDesign.Application.Permissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.City.Admin;

/// <summary>The city's administration front page: the tools the person's roles give.</summary>
public sealed class CityAdminIndexModel(IPermissionChecker permissions) : PageModel
{
    public bool Settings { get; private set; }

    public bool Roles { get; private set; }

    public bool Audit { get; private set; }

    public bool Mail { get; private set; }

    public bool Assisted { get; private set; }

    public bool Moderation { get; private set; }

    public bool Responses { get; private set; }

    public bool Processes { get; private set; }

    public bool Workshops { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Settings = await permissions.IsGrantedAsync(CoDesignPermissions.SettingsManage, ct);
        Roles = await permissions.IsGrantedAsync(CoDesignPermissions.RolesAssign, ct);
        Audit = await permissions.IsGrantedAsync(CoDesignPermissions.AuditLogView, ct);
        Mail = await permissions.IsGrantedAsync(CoDesignPermissions.CityMailView, ct);
        Assisted = await permissions.IsGrantedAsync(CoDesignPermissions.IdeasRecordAssisted, ct);
        Moderation = await permissions.IsGrantedAsync(CoDesignPermissions.ModerationManage, ct);
        Responses = await permissions.IsGrantedAsync(CoDesignPermissions.ResponsesManage, ct);
        Processes = await permissions.IsGrantedAsync(CoDesignPermissions.ProcessesManage, ct);
        Workshops = await permissions.IsGrantedAsync(CoDesignPermissions.WorkshopsManage, ct);
        return Processes || Settings || Roles || Audit || Mail || Assisted || Moderation || Responses ? Page() : StatusCode(StatusCodes.Status403Forbidden);
    }
}
