namespace CoDesign.Application.Permissions;

public interface IPermissionChecker
{
    /// <summary>Whether the current user holds the permission in the current city (or platform-wide).</summary>
    Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default);

    /// <summary>Throws a coded exception (unauthenticated or forbidden) unless granted.</summary>
    Task CheckAsync(string permission, CancellationToken cancellationToken = default);
}
