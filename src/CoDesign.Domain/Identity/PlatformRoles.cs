namespace CoDesign.Domain.Identity;

/// <summary>Roles that hold on the whole platform; stored as ASP.NET Core Identity roles.</summary>
public static class PlatformRoles
{
    public const string PlatformAdmin = "PlatformAdmin";
    public const string Coordinator = "Coordinator";

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, Coordinator];
}
