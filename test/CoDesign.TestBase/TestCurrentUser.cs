using CoDesign.Application.Users;

namespace CoDesign.TestBase;

/// <summary>The acting person in application tests; set it per test.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    private readonly HashSet<string> _platformRoles = new(StringComparer.Ordinal);

    public Guid? Id { get; private set; }

    public bool IsAuthenticated => Id is not null;

    public bool IsInPlatformRole(string role) => _platformRoles.Contains(role);

    public void SignIn(Guid id, params string[] platformRoles)
    {
        Id = id;
        _platformRoles.Clear();
        _platformRoles.UnionWith(platformRoles);
    }

    public void SignOut()
    {
        Id = null;
        _platformRoles.Clear();
    }
}
