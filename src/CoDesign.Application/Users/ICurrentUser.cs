namespace CoDesign.Application.Users;

/// <summary>Who is acting: the signed-in person of a request, or nobody in a job.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    bool IsAuthenticated { get; }

    bool IsInPlatformRole(string role);
}
