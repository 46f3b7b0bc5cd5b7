using CoDesign.Domain.Identity;

namespace CoDesign.Application.Permissions;

/// <summary>Which role grants which permission. City roles only ever act inside their own city.</summary>
public static class RolePermissions
{
    /// <summary>Every signed-in participant has these in every city.</summary>
    public static readonly IReadOnlySet<string> Participant = new HashSet<string>(StringComparer.Ordinal)
    {
        CoDesignPermissions.IdeasSubmit,
        CoDesignPermissions.IdeasVote,
        CoDesignPermissions.IdeasComment,
        CoDesignPermissions.WorkshopsRegister,
    };

    public static readonly IReadOnlyDictionary<CityRole, IReadOnlySet<string>> City = new Dictionary<CityRole, IReadOnlySet<string>>
    {
        [CityRole.Moderator] = new HashSet<string>(StringComparer.Ordinal)
        {
            CoDesignPermissions.ModerationManage,
        },
        [CityRole.Official] = new HashSet<string>(StringComparer.Ordinal)
        {
            CoDesignPermissions.ResponsesManage,
            CoDesignPermissions.IdeasRecordAssisted,
            CoDesignPermissions.WorkshopsManage,
        },
        [CityRole.CityAdmin] = new HashSet<string>(StringComparer.Ordinal)
        {
            CoDesignPermissions.SettingsManage,
            CoDesignPermissions.ProcessesManage,
            CoDesignPermissions.WorkshopsManage,
            CoDesignPermissions.RolesAssign,
            CoDesignPermissions.CityMailView,
            CoDesignPermissions.AuditLogView,
            CoDesignPermissions.IdeasRecordAssisted,
        },
    };

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Platform = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [PlatformRoles.Coordinator] = new HashSet<string>(StringComparer.Ordinal)
        {
            CoDesignPermissions.CoordinationView,
            CoDesignPermissions.ThemesManage,
        },
        [PlatformRoles.PlatformAdmin] = new HashSet<string>(StringComparer.Ordinal)
        {
            CoDesignPermissions.PlatformCitiesManage,
            CoDesignPermissions.PlatformMailView,
            CoDesignPermissions.PlatformJobsManage,

            // Platform admins may read the cross-city comparisons (aggregates only); themes stay the coordinators'.
            CoDesignPermissions.CoordinationView,
        },
    };
}
